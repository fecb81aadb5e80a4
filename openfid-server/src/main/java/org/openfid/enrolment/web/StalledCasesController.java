package org.openfid.enrolment.web;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openfid.enrolment.CaseStatus;
import org.openfid.enrolment.pipeline.CaseOperationException;
import org.openfid.enrolment.pipeline.StalledCases;
import org.openfid.enrolment.pipeline.StalledCases.StalledCase;
import org.openfid.enrolment.pipeline.StalledCases.StalledPage;
import org.openfid.identity.Rid;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The pipeline operator's API (our own, RFC 9457 problems): the cases that stand still, paused or
 * parked as failed, and sending a parked case back to its stage once its cause is fixed (a service
 * back, master data corrected). Ids, stages and codes only: no packet value.
 */
@RestController
@RequestMapping(path = "/v1/enrolment/cases", produces = MediaType.APPLICATION_JSON_VALUE)
class StalledCasesController {

    /** Default page size. */
    static final int PAGE_SIZE = 20;

    private final StalledCases cases;

    StalledCasesController(StalledCases cases) {
        this.cases = cases;
    }

    @GetMapping
    Page list(
            @RequestParam(name = "status", required = false) @Nullable String status,
            @RequestParam(name = "page", required = false) @Nullable String page,
            @RequestParam(name = "size", required = false) @Nullable String size) {
        return Page.of(cases.list(status(status), number(page, 0, "page"), number(size, PAGE_SIZE, "size")));
    }

    @PostMapping("/{rid}/reprocess")
    Case reprocess(@PathVariable("rid") String rid) {
        if (!rid.matches("[0-9]{29}")) {
            throw CaseOperationException.invalidRid();
        }
        return Case.of(cases.reprocess(new Rid(rid)));
    }

    private static CaseStatus status(@Nullable String value) {
        if ("FAILED".equals(value)) {
            return CaseStatus.FAILED;
        }
        if ("PAUSED".equals(value)) {
            return CaseStatus.PAUSED;
        }
        throw CaseOperationException.invalidStatus();
    }

    /** A page or size parameter: decimal digits only (at most 7), else {@code fallback} when absent. */
    private static int number(@Nullable String value, int fallback, String name) {
        if (value == null) {
            return fallback;
        }
        if (!value.matches("[0-9]{1,7}")) {
            throw CaseOperationException.invalidPage(name + " must be a whole number");
        }
        return Integer.parseInt(value);
    }

    /** A page of cases, least recently changed first. */
    record Page(List<Case> cases, int page, int size, long total) {
        static Page of(StalledPage page) {
            return new Page(page.cases().stream().map(Case::of).toList(), page.page(), page.size(), page.total());
        }
    }

    /** One case as the operator sees it. */
    record Case(
            String rid,
            String process,
            @Nullable String stage,
            String status,
            @Nullable String code,
            @Nullable String reason,
            int attempts,
            Instant updatedAt,
            @Nullable String awaitedRid) {
        static Case of(StalledCase found) {
            return new Case(
                    found.rid().value(),
                    found.process().name(),
                    found.stage(),
                    found.status().name(),
                    found.code(),
                    found.reason(),
                    found.attempts(),
                    found.updatedAt(),
                    found.awaitedRid() == null ? null : found.awaitedRid().value());
        }
    }
}
