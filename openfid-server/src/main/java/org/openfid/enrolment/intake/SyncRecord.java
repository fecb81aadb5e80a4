package org.openfid.enrolment.intake;

import org.jspecify.annotations.Nullable;
import org.openfid.enrolment.RegistrationType;

/** A validated sync entry: what the uploaded packet must match. */
record SyncRecord(
        String rid,
        String packetId,
        @Nullable String additionalInfoReqId,
        RegistrationType type,
        String packetHash,
        long packetSize,
        String supervisorStatus,
        @Nullable String supervisorComment,
        String langCode,
        String centreId,
        String machineId,
        @Nullable String nameHash,
        @Nullable String emailHash,
        @Nullable String phoneHash) {}
