package org.openfid.enrolment.intake;

import org.jspecify.annotations.Nullable;

/**
 * One entry of MOSIP's sync request, as sent. Every field may be missing so that each entry gets its
 * own precise refusal. {@code name}, {@code email} and {@code phone} are PII: they are only ever
 * kept as keyed hashes.
 */
public record SyncItem(
        @Nullable String registrationId,
        @Nullable String packetId,
        @Nullable String additionalInfoReqId,
        @Nullable String registrationType,
        @Nullable String packetHashValue,
        @Nullable Long packetSize,
        @Nullable String supervisorStatus,
        @Nullable String supervisorComment,
        @Nullable String langCode,
        @Nullable String name,
        @Nullable String email,
        @Nullable String phone) {}
