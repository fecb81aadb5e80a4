package org.openfid.identity;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Per-identity locks of authentication types (MOSIP's auth-type lock): a person may lock, for
 * example, fingerprint authentication so that nobody can use it, or unlock a locked type for a while.
 */
public interface AuthTypeLocks {

    /** The authentication types that can be locked, as MOSIP names them. */
    Set<String> AUTH_TYPES = Set.of("demo", "otp", "bio-FINGER", "bio-IRIS", "bio-FACE");

    /** The current status of every authentication type (unlocked unless locked). */
    List<AuthTypeStatus> statuses(IndividualId id);

    /**
     * The status of every type as it stands at {@code now}, in name order, from the rows stored for
     * one identity (types never locked have none): a status with an end time flips by itself when the
     * time passes, so there is no timer to miss.
     */
    static List<AuthTypeStatus> effective(Collection<AuthTypeStatus> stored, Instant now) {
        Map<String, AuthTypeStatus> byType = new HashMap<>();
        stored.forEach(status -> byType.put(status.authType(), status));
        return AUTH_TYPES.stream()
                .sorted()
                .map(type -> {
                    AuthTypeStatus status = byType.getOrDefault(type, new AuthTypeStatus(type, false, null));
                    return status.until() != null && !now.isBefore(status.until())
                            ? new AuthTypeStatus(type, !status.locked(), null)
                            : status;
                })
                .toList();
    }

    /**
     * Locks or unlocks authentication types; audited.
     *
     * @throws IdentityException {@code INVALID_INPUT} for an unknown type, {@code NO_RECORD_FOUND}
     */
    void change(IndividualId id, List<AuthTypeStatus> changes);

    /**
     * The lock status of one authentication type.
     *
     * @param authType one of {@link #AUTH_TYPES}
     * @param locked whether it is locked
     * @param until when this status ends by itself and flips ({@code null}: until changed again)
     */
    record AuthTypeStatus(
            String authType, boolean locked, @Nullable Instant until) {

        public AuthTypeStatus {
            Objects.requireNonNull(authType, "authType must not be null");
        }
    }
}
