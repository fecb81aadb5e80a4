package org.openfid.enrolment.stages;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openfid.enrolment.adjudication.Adjudications;
import org.openfid.enrolment.adjudication.SuspectedMatch;
import org.openfid.enrolment.pipeline.CaseFile;
import org.openfid.enrolment.pipeline.Stage;
import org.openfid.enrolment.pipeline.StageOutcome;
import org.openfid.spi.abis.Abis;
import org.openfid.spi.abis.AbisException;
import org.openfid.spi.abis.Candidate;
import org.openfid.spi.abis.Identification;
import org.openfid.spi.abis.IdentifyRequest;
import org.openfid.spi.abis.ReferenceId;
import org.springframework.stereotype.Component;

/**
 * 1:N search of the applicant's record against the whole gallery (the record itself is never its own
 * candidate). Candidates are earlier registrations that may be the same person: they go to manual
 * adjudication with their scores, and the next stage waits for the verdict. The search has no side
 * effect and opening the review is idempotent, so a re-run is harmless.
 */
@Component
class BiometricDeduplication implements Stage {

    static final String NAME = "BIOMETRIC_DEDUPLICATION";
    static final String NO_MATCH = "RPR-BDP-SUCCESS-001";
    /** Passed: potential matches went to manual adjudication. */
    static final String SENT_TO_ADJUDICATION = "RPR-BDP-SUCCESS-002";
    /** The adjudication's reason: a potential biometric match. */
    static final String POTENTIAL_MATCH = "RPR-BDP-FAILED-001";

    private final Abis abis;
    private final Adjudications adjudications;
    private final CaseReferences references;

    BiometricDeduplication(Abis abis, Adjudications adjudications, CaseReferences references) {
        this.abis = abis;
        this.adjudications = adjudications;
        this.references = references;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public StageOutcome run(CaseFile file) {
        if (PacketIdentity.applicantSamples(file.packet()).isEmpty()) {
            return StageOutcome.passed(BiometricInsert.NO_BIOMETRICS);
        }
        Identification found;
        try {
            found = abis.identify(CaseReferences.of(file.caseId()), IdentifyRequest.wholeGallery());
        } catch (AbisException e) {
            return StageOutcome.retryLater(POTENTIAL_MATCH, "The ABIS search failed: " + e.failure());
        }
        if (!found.duplicateFound()) {
            return StageOutcome.passed(NO_MATCH);
        }
        adjudications.open(file.caseId(), file.rid(), POTENTIAL_MATCH, matches(found.candidates()));
        return StageOutcome.passed(SENT_TO_ADJUDICATION);
    }

    private List<SuspectedMatch> matches(List<Candidate> candidates) {
        var registrations = references.registrations(
                candidates.stream().map(Candidate::referenceId).toList());
        return candidates.stream()
                .map(candidate -> {
                    ReferenceId reference = candidate.referenceId();
                    var registration = registrations.get(reference.value());
                    return new SuspectedMatch(
                            reference.value(),
                            registration == null ? null : registration.rid(),
                            registration == null ? null : registration.identity(),
                            candidate.score(),
                            fingerScores(candidate));
                })
                .toList();
    }

    private static Map<String, Double> fingerScores(Candidate candidate) {
        return candidate.scores().entrySet().stream()
                .collect(Collectors.toMap(entry -> entry.getKey().name(), Map.Entry::getValue));
    }
}
