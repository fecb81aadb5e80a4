package org.openfid.enrolment.web;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openfid.enrolment.EnrolmentCase;
import org.openfid.enrolment.Enrolments;
import org.openfid.enrolment.StageRecord;
import org.openfid.enrolment.adjudication.SuspectedMatches;
import org.openfid.identity.Rid;
import org.openfid.platform.OpenFidException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Our own read-only view of one case for the pipeline's operators and the enrolment benchmark: the
 * internal status (MOSIP's external status folds PAUSED into PROCESSING) and every stage run with its
 * outcome, code and cost (worker-thread CPU and wall time), and the RIDs a review suspected it to
 * duplicate. Ids, codes and fixed texts only: no
 * packet value. Failures are RFC 9457 problems.
 */
@RestController
class CaseHistoryController {

    static final String PATH = "/v1/enrolment/cases/{rid}/history";

    private final Enrolments enrolments;
    private final SuspectedMatches matches;

    CaseHistoryController(Enrolments enrolments, SuspectedMatches matches) {
        this.enrolments = enrolments;
        this.matches = matches;
    }

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    CaseHistory history(@PathVariable String rid) {
        if (!rid.matches("[0-9]{29}")) {
            throw new CaseLookupFailure("ENR-CASE-400", 400, "The RID must be 29 digits");
        }
        Rid id = new Rid(rid);
        EnrolmentCase found = enrolments
                .find(id)
                .orElseThrow(() -> new CaseLookupFailure("ENR-CASE-404", 404, "No enrolment case has this RID"));
        List<Step> steps = enrolments.history(id).stream().map(Step::of).toList();
        return new CaseHistory(
                rid,
                found.process().name(),
                found.status().name(),
                found.status().external(),
                found.receivedAt(),
                found.updatedAt(),
                steps,
                matches.of(found.id()).stream().map(Rid::value).toList());
    }

    /** The case, its steps (oldest first) and the RIDs it was suspected to duplicate (best first). */
    record CaseHistory(
            String rid,
            String process,
            String status,
            String externalStatus,
            Instant receivedAt,
            Instant updatedAt,
            List<Step> history,
            List<String> suspectedMatches) {}

    /**
     * One stage run; {@code cpuMicros}, {@code wallMicros} and {@code allocatedBytes} (heap bytes the
     * stage's worker thread allocated) are -1 when not measured.
     */
    record Step(
            String stage,
            String outcome,
            @Nullable String code,
            @Nullable String reason,
            int attempt,
            Instant occurredAt,
            long cpuMicros,
            long wallMicros,
            long allocatedBytes) {

        static Step of(StageRecord record) {
            return new Step(
                    record.stage(),
                    record.outcome().name(),
                    record.reasonCode(),
                    record.reason(),
                    record.attempt(),
                    record.occurredAt(),
                    record.cpuMicros(),
                    record.wallMicros(),
                    record.allocatedBytes());
        }
    }

    /** A refused lookup, answered as a problem with its status. */
    static final class CaseLookupFailure extends OpenFidException {
        CaseLookupFailure(String code, int status, String message) {
            super(code, status, message);
        }
    }
}
