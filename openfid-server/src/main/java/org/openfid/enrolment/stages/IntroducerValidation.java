package org.openfid.enrolment.stages;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.openfid.enrolment.EnrolmentCase;
import org.openfid.enrolment.EnrolmentProperties;
import org.openfid.enrolment.Enrolments;
import org.openfid.enrolment.intake.SyncQueries;
import org.openfid.enrolment.pipeline.CaseFile;
import org.openfid.enrolment.pipeline.Stage;
import org.openfid.enrolment.pipeline.StageOutcome;
import org.openfid.identity.IdNumbers;
import org.openfid.identity.Identities;
import org.openfid.identity.Rid;
import org.openfid.identity.Uin;
import org.openfid.identity.UinStatus;
import org.openfid.packet.RegistrationPacket;
import org.springframework.stereotype.Component;

/**
 * MOSIP's introducer validator. A minor (younger than {@code openfid.enrolment.adult-age} on the day
 * the packet was made, from the declared {@code dateOfBirth}) must name an introducer by the schema's
 * {@code introducerUIN} or {@code introducerRID}. An introducer UIN must belong to an identity whose UIN
 * is {@code ACTIVATED}. An introducer RID must be an enrolment that ended {@code PROCESSED}; while it
 * is still being processed, paused, parked for an operator, or synced but not uploaded, the child's
 * case is held (MOSIP's on-hold, ADR 0019) and this stage runs again once that enrolment ended; it is
 * rejected when that enrolment was rejected, when the RID was never synced, or when it is the
 * child's own. Adults, and packets without a date of birth (not a new enrolment), pass with {@code
 * RPR-IVM-SKIPPED-001}. Authenticating the introducer's biometrics waits for ID authentication
 * (issue 6). Reads only, so re-running it is harmless.
 */
@Component
class IntroducerValidation implements Stage {

    static final String NAME = "INTRODUCER_VALIDATION";
    static final String PASSED = "RPR-IVM-SUCCESS-001";
    static final String SKIPPED = "RPR-IVM-SKIPPED-001";
    static final String MISSING = "RPR-IVM-FAILED-001";
    static final String UIN_UNKNOWN = "RPR-IVM-FAILED-002";
    static final String UIN_NOT_ACTIVE = "RPR-IVM-FAILED-003";
    static final String RID_REFUSED = "RPR-IVM-FAILED-004";
    static final String INTRODUCER_REJECTED = "RPR-IVM-FAILED-005";
    static final String RID_PENDING = "RPR-IVM-ON-HOLD-001";
    static final String INTRODUCER_UIN = "introducerUIN";
    static final String INTRODUCER_RID = "introducerRID";

    private final EnrolmentProperties properties;
    private final Identities identities;
    private final IdNumbers numbers;
    private final Enrolments enrolments;
    private final SyncQueries syncs;

    IntroducerValidation(
            EnrolmentProperties properties,
            Identities identities,
            IdNumbers numbers,
            Enrolments enrolments,
            SyncQueries syncs) {
        this.properties = properties;
        this.identities = identities;
        this.numbers = numbers;
        this.enrolments = enrolments;
        this.syncs = syncs;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public StageOutcome run(CaseFile file) {
        RegistrationPacket packet = file.packet();
        Optional<LocalDate> born = PacketIdentity.dateOfBirth(packet);
        if (born.isEmpty() || !minor(born.get(), packet.creationTime().toLocalDate())) {
            return StageOutcome.passed(SKIPPED);
        }
        Optional<String> uin = PacketIdentity.text(packet, INTRODUCER_UIN);
        if (uin.isPresent()) {
            return byUin(uin.get());
        }
        Optional<String> rid = PacketIdentity.text(packet, INTRODUCER_RID);
        if (rid.isPresent()) {
            return byRid(rid.get(), file.rid());
        }
        return StageOutcome.rejected(MISSING, "The applicant is a minor and the packet names no introducer");
    }

    private boolean minor(LocalDate born, LocalDate on) {
        return Period.between(born, on).getYears() < properties.adultAge();
    }

    private StageOutcome byUin(String value) {
        if (!numbers.isValidUin(value)) {
            return StageOutcome.rejected(UIN_UNKNOWN, "The introducer's UIN is not a UIN");
        }
        var identity = identities.find(new Uin(value));
        if (identity.isEmpty()) {
            return StageOutcome.rejected(UIN_UNKNOWN, "The introducer's UIN belongs to no identity");
        }
        if (identity.get().status() != UinStatus.ACTIVATED) {
            return StageOutcome.rejected(UIN_NOT_ACTIVE, "The introducer's UIN is not active");
        }
        return StageOutcome.passed(PASSED);
    }

    private StageOutcome byRid(String value, Rid own) {
        if (!numbers.isValidRid(value)) {
            return StageOutcome.rejected(RID_REFUSED, "The introducer's RID is not a RID");
        }
        Rid rid = new Rid(value);
        if (rid.equals(own)) {
            return StageOutcome.rejected(RID_REFUSED, "The introducer's RID is the applicant's own");
        }
        Optional<EnrolmentCase> introducer = enrolments.find(rid);
        if (introducer.isEmpty()) {
            return syncs.synced(value)
                    ? StageOutcome.held(RID_PENDING, "The introducer's packet was synced but not received yet", rid)
                    : StageOutcome.rejected(RID_REFUSED, "The introducer's RID was never registered");
        }
        return switch (introducer.get().status()) {
            case PROCESSED -> StageOutcome.passed(PASSED);
            case REJECTED -> StageOutcome.rejected(INTRODUCER_REJECTED, "The introducer's enrolment was rejected");
            case RECEIVED, PROCESSING, PAUSED, FAILED ->
                StageOutcome.held(RID_PENDING, "The introducer's enrolment is not processed yet", rid);
        };
    }
}
