package org.openfid.identity.vid;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * One VID type's policy, as in MOSIP's {@code mosip-vid-policy.json}.
 *
 * @param type the VID type, for example {@code Perpetual}
 * @param validFor how long a VID of this type is valid, {@code null} for ever
 * @param transactionsAllowed how many transactions it may be used for, {@code null} for unlimited
 * @param instancesAllowed how many ACTIVE VIDs of this type one identity may hold
 * @param autoRestoreAllowed whether creating beyond the limit replaces the oldest, and whether the
 *     restore-on-action creates a new VID
 * @param restoreOnAction the action after which a new VID is created automatically: {@code REVOKED}
 *     or {@code REGENERATE}
 */
public record VidPolicy(
        String type,
        @Nullable Duration validFor,
        @Nullable Integer transactionsAllowed,
        int instancesAllowed,
        boolean autoRestoreAllowed,
        String restoreOnAction) {

    static final String ON_REVOKED = "REVOKED";
    static final String ON_REGENERATE = "REGENERATE";
}
