package org.openfid.audit.web;

import java.util.List;
import org.openfid.audit.AuditEntry;
import org.openfid.audit.AuditTrail;
import org.openfid.audit.ChainSeal;
import org.openfid.audit.ChainVerification;
import org.openfid.platform.AuditRecorder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The auditors' view of the trail. Their own use of it is audited too: reading and verifying the
 * trail are accesses like any other.
 */
@RestController
@RequestMapping(path = "/admin/audit", produces = "application/json")
class AuditController {

    static final String MODULE = "audit";

    private final AuditTrail trail;
    private final AuditRecorder recorder;

    AuditController(AuditTrail trail, AuditRecorder recorder) {
        this.trail = trail;
        this.recorder = recorder;
    }

    /** Re-walks the whole chain; a broken chain is a successful answer with {@code intact: false}. */
    @GetMapping("/verification")
    ChainVerification verification() {
        ChainVerification result = trail.verify();
        recorder.success(MODULE, "TRAIL_VERIFIED", null, result.intact() ? "INTACT" : "BROKEN");
        return result;
    }

    /** Seals the last entry now: 201 with the seal, or 204 when it is already sealed or there is none. */
    @PostMapping("/seals")
    ResponseEntity<ChainSeal> seal() {
        var seal = trail.seal();
        recorder.success(MODULE, "TRAIL_SEALED", null, seal.isPresent() ? "SEALED" : "NOTHING_TO_SEAL");
        return seal.map(created -> ResponseEntity.status(HttpStatus.CREATED).body(created))
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    /** A page of entries in chain order; pass the returned {@code nextAfterSeq} to read on. */
    @GetMapping("/entries")
    EntryPage entries(@RequestParam(defaultValue = "0") long afterSeq, @RequestParam(defaultValue = "100") int limit) {
        List<AuditEntry> page = trail.entries(afterSeq, limit);
        recorder.success(MODULE, "TRAIL_READ", null, null);
        return new EntryPage(page, page.isEmpty() ? afterSeq : page.getLast().seq());
    }

    /**
     * @param entries the entries, in chain order
     * @param nextAfterSeq the {@code afterSeq} that continues after this page
     */
    record EntryPage(List<AuditEntry> entries, long nextAfterSeq) {}
}
