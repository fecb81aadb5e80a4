package org.openfid.enrolment.stages;

import java.util.List;
import java.util.Set;
import org.openfid.enrolment.adjudication.Adjudications;
import org.openfid.enrolment.adjudication.SuspectedMatch;
import org.openfid.enrolment.demographic.DemographicDeduplication;
import org.openfid.enrolment.pipeline.CaseFile;
import org.openfid.enrolment.pipeline.Stage;
import org.openfid.enrolment.pipeline.StageOutcome;
import org.openfid.identity.Rid;
import org.openfid.packet.RegistrationPacket;
import org.springframework.stereotype.Component;

/**
 * MOSIP's demo-dedupe: earlier enrolments with the same phonetic name, date of birth and gender are
 * suspicions, not decisions. When the applicant gave fingerprints the biometric search settles it
 * (it covers the whole gallery, so these candidates are in it); without biometrics (an infant, every
 * finger excepted) the suspicions go to an adjudicator. Screening is idempotent.
 */
@Component
class DemographicDeduplicationStage implements Stage {

    static final String NAME = "DEMOGRAPHIC_DEDUPLICATION";
    static final String NO_MATCH = "RPR-DDP-SUCCESS-001";
    static final String BIOMETRICS_DECIDE = "RPR-DDP-SUCCESS-002";
    /** Passed: potential matches went to manual adjudication. */
    static final String SENT_TO_ADJUDICATION = "RPR-DDP-SUCCESS-003";
    /** The adjudication's reason: a potential demographic match. */
    static final String POTENTIAL_MATCH = "RPR-DDP-FAILED-001";

    private final DemographicDeduplication deduplication;
    private final Adjudications adjudications;

    DemographicDeduplicationStage(DemographicDeduplication deduplication, Adjudications adjudications) {
        this.deduplication = deduplication;
        this.adjudications = adjudications;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public StageOutcome run(CaseFile file) {
        RegistrationPacket packet = file.packet();
        Set<Rid> candidates = deduplication.screen(file.rid(), PacketIdentity.demographics(packet));
        if (candidates.isEmpty()) {
            return StageOutcome.passed(NO_MATCH);
        }
        if (!PacketIdentity.applicantSamples(packet).isEmpty()) {
            return StageOutcome.passed(BIOMETRICS_DECIDE);
        }
        List<SuspectedMatch> matches = candidates.stream()
                .sorted(java.util.Comparator.comparing(Rid::value))
                .map(rid -> new SuspectedMatch(rid.value(), rid, null, 0, java.util.Map.of()))
                .toList();
        adjudications.open(file.caseId(), file.rid(), POTENTIAL_MATCH, matches);
        return StageOutcome.passed(SENT_TO_ADJUDICATION);
    }
}
