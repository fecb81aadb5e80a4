package org.openfid.enrolment.stages;

import java.util.Optional;
import org.openfid.enrolment.adjudication.Adjudications;
import org.openfid.enrolment.adjudication.Verdict;
import org.openfid.enrolment.pipeline.CaseFile;
import org.openfid.enrolment.pipeline.Stage;
import org.openfid.enrolment.pipeline.StageOutcome;
import org.springframework.stereotype.Component;

/**
 * Waits for an adjudicator when a de-duplication stage suspected a duplicate: the case pauses here
 * and runs this stage again when the verdict resumes it. A duplicate is rejected (its ABIS record and
 * demographic keys are removed when the rejection is handled, so later searches do not meet it); a
 * different person goes on to get a UIN. Without a review there is nothing to wait for.
 */
@Component
class ManualAdjudication implements Stage {

    static final String NAME = "MANUAL_ADJUDICATION";
    static final String NOT_NEEDED = "RPR-MNV-SKIPPED-001";
    static final String WAITING = "RPR-MNV-PENDING-001";
    static final String NOT_DUPLICATE = "RPR-MNV-SUCCESS-001";
    static final String DUPLICATE = "RPR-MNV-FAILED-001";

    private final Adjudications adjudications;

    ManualAdjudication(Adjudications adjudications) {
        this.adjudications = adjudications;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public StageOutcome run(CaseFile file) {
        if (!adjudications.opened(file.caseId())) {
            return StageOutcome.passed(NOT_NEEDED);
        }
        Optional<Verdict> verdict = adjudications.verdict(file.caseId());
        if (verdict.isEmpty()) {
            return StageOutcome.needsReview(WAITING, "A potential duplicate waits for manual adjudication");
        }
        return switch (verdict.get()) {
            case DUPLICATE -> StageOutcome.rejected(DUPLICATE, "An adjudicator found the applicant already registered");
            case NOT_DUPLICATE -> StageOutcome.passed(NOT_DUPLICATE);
        };
    }
}
