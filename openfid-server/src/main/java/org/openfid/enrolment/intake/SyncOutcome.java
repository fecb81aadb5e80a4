package org.openfid.enrolment.intake;

import org.jspecify.annotations.Nullable;

/** What became of one sync entry: stored, or refused with a code and a fixed message. */
public record SyncOutcome(
        @Nullable String registrationId,
        @Nullable String errorCode,
        @Nullable String message) {

    static SyncOutcome stored(String rid) {
        return new SyncOutcome(rid, null, null);
    }

    static SyncOutcome refused(@Nullable String rid, String code, String message) {
        return new SyncOutcome(rid, code, message);
    }

    public boolean success() {
        return errorCode == null;
    }
}
