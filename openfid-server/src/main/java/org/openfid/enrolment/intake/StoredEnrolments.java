package org.openfid.enrolment.intake;

import java.util.List;
import java.util.Optional;
import org.openfid.enrolment.EnrolmentCase;
import org.openfid.enrolment.Enrolments;
import org.openfid.enrolment.StageRecord;
import org.openfid.identity.Rid;
import org.springframework.stereotype.Component;

/** {@link Enrolments} read from the case tables: every read sees the latest committed progress. */
@Component
class StoredEnrolments implements Enrolments {

    private final CaseStore cases;

    StoredEnrolments(CaseStore cases) {
        this.cases = cases;
    }

    @Override
    public Optional<EnrolmentCase> find(Rid rid) {
        return cases.find(rid.value());
    }

    @Override
    public List<StageRecord> history(Rid rid) {
        return cases.history(rid.value());
    }
}
