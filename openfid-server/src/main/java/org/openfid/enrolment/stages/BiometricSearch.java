package org.openfid.enrolment.stages;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.openfid.enrolment.pipeline.CaseFile;
import org.openfid.enrolment.pipeline.Stage;
import org.openfid.enrolment.pipeline.StageOutcome;
import org.openfid.identity.IdentityId;
import org.openfid.spi.abis.Abis;
import org.openfid.spi.abis.AbisException;
import org.openfid.spi.abis.Candidate;
import org.openfid.spi.abis.IdentifyRequest;
import org.openfid.spi.biometrics.BiometricSample;
import org.springframework.stereotype.Component;

/**
 * The LOST flow's search: a person who lost their UIN is found by their fingers alone, without adding
 * them to the gallery. One identity behind the candidates is the answer (noted on the case, so the
 * completion event names it); none rejects the request; several distinct identities mean the
 * registry itself holds a duplicate, which no automatic answer should hide.
 */
@Component
class BiometricSearch implements Stage {

    static final String NAME = "BIOMETRIC_SEARCH";
    static final String FOUND = "RPR-BDP-SUCCESS-004";
    static final String NOT_FOUND = "RPR-BDP-FAILED-003";
    static final String AMBIGUOUS = "RPR-BDP-FAILED-004";

    private final Abis abis;
    private final CaseReferences references;

    BiometricSearch(Abis abis, CaseReferences references) {
        this.abis = abis;
        this.references = references;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public StageOutcome run(CaseFile file) {
        List<BiometricSample> samples = PacketIdentity.applicantSamples(file.packet());
        if (samples.isEmpty()) {
            return StageOutcome.rejected(
                    BiometricInsert.UNUSABLE, "A lost-UIN search needs the applicant's fingerprints");
        }
        List<Candidate> candidates;
        try {
            candidates = abis.identify(samples, IdentifyRequest.wholeGallery()).candidates();
        } catch (AbisException e) {
            return StageOutcome.rejected(BiometricInsert.UNUSABLE, "The ABIS refused the biometrics: " + e.failure());
        }
        Set<IdentityId> identities =
                references
                        .registrations(
                                candidates.stream().map(Candidate::referenceId).toList())
                        .values()
                        .stream()
                        .map(CaseReferences.Registration::identity)
                        .filter(Objects::nonNull)
                        .collect(Collectors.toSet());
        if (identities.isEmpty()) {
            return StageOutcome.rejected(NOT_FOUND, "No registered person matches the applicant's fingerprints");
        }
        if (identities.size() > 1) {
            return StageOutcome.rejected(AMBIGUOUS, "Several registered identities match: refer to an officer");
        }
        file.identity(identities.iterator().next());
        return StageOutcome.passed(FOUND);
    }
}
