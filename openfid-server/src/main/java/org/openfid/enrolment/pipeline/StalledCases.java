package org.openfid.enrolment.pipeline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openfid.enrolment.CaseStatus;
import org.openfid.enrolment.RegistrationType;
import org.openfid.enrolment.StageRecord;
import org.openfid.identity.Rid;
import org.openfid.keys.KeyRef;
import org.openfid.keys.KeyedHashes;
import org.openfid.platform.AuditRecorder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What an operator of the pipeline sees and does: the cases that stand still, paused (waiting for a
 * person, a correction or another enrolment) or parked as {@code FAILED} after their stage kept
 * failing, and sending a parked case back to its stage with fresh attempts. Ids, stages, codes and
 * fixed texts only. A reprocessing is written to the stage history and audited (by the keyed hash of
 * the RID) in the transaction that makes the case runnable, and the workers are woken after it.
 */
@Component
public class StalledCases {

    /** The largest page the list serves. */
    public static final int MAX_PAGE_SIZE = 100;

    /** The history code of an operator's reprocessing. */
    public static final String REPROCESSED = "ENR-OPS-REPROCESS-001";

    static final String MODULE = "enrolment";
    static final String ACTION = "CASE_REPROCESS";
    /** The intake's RID audit key: the same RID hashes alike in every enrolment audit entry. */
    static final KeyRef RID_HASH = KeyRef.of("REGISTRATION_PROCESSOR", "RID_AUDIT");

    private static final String SELECT = """
            SELECT c.id, c.rid, c.process, c.status, coalesce(c.next_stage, last.stage) AS stage,
                   coalesce(c.outcome_code, last.reason_code) AS code, last.reason, c.attempt, c.updated_at,
                   hold.awaited_rid
            FROM enrolment.enrolment_case c
            LEFT JOIN LATERAL (SELECT h.stage, h.reason_code, h.reason FROM enrolment.stage_history h
                               WHERE h.case_id = c.id ORDER BY h.id DESC LIMIT 1) last ON true
            LEFT JOIN enrolment.case_hold hold ON hold.case_id = c.id
            """;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Pipeline pipeline;
    private final KeyedHashes hashes;
    private final AuditRecorder audit;
    private final Clock clock;

    StalledCases(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            Pipeline pipeline,
            KeyedHashes hashes,
            AuditRecorder audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.pipeline = pipeline;
        this.hashes = hashes;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A case that stands still.
     *
     * @param stage the stage it stands at (the one that paused or kept failing)
     * @param code the last outcome's code
     * @param reason the last stage run's reason in words (a fixed text), if it gave one
     * @param attempts the attempts of that stage so far
     * @param awaitedRid the enrolment a held case waits for
     */
    public record StalledCase(
            UUID caseId,
            Rid rid,
            RegistrationType process,
            CaseStatus status,
            @Nullable String stage,
            @Nullable String code,
            @Nullable String reason,
            int attempts,
            Instant updatedAt,
            @Nullable Rid awaitedRid) {}

    /** One page of stalled cases, least recently changed first, and how many there are in all. */
    public record StalledPage(List<StalledCase> cases, int page, int size, long total) {}

    /**
     * Page {@code page} (from 0) of the cases in {@code status}, {@code size} per page.
     *
     * @throws CaseOperationException 400 for a status other than PAUSED or FAILED, or bounds outside
     *     0-1000000 (page) and 1-{@value #MAX_PAGE_SIZE} (size)
     */
    public StalledPage list(CaseStatus status, int page, int size) {
        if (status != CaseStatus.FAILED && status != CaseStatus.PAUSED) {
            throw CaseOperationException.invalidStatus();
        }
        if (page < 0 || page > 1_000_000) {
            throw CaseOperationException.invalidPage("page must be between 0 and 1000000");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw CaseOperationException.invalidPage("size must be between 1 and " + MAX_PAGE_SIZE);
        }
        List<StalledCase> cases = jdbc.sql(
                        SELECT + " WHERE c.status = :status ORDER BY c.updated_at, c.id LIMIT :size OFFSET :offset")
                .param("status", status.name())
                .param("size", size)
                .param("offset", (long) page * size)
                .query(StalledCases::stalled)
                .list();
        long total = jdbc.sql("SELECT count(*) FROM enrolment.enrolment_case WHERE status = :status")
                .param("status", status.name())
                .query(Long.class)
                .single();
        return new StalledPage(cases, page, size, total);
    }

    /** The case of {@code rid} as this view shows it, whatever its status. */
    public Optional<StalledCase> find(Rid rid) {
        return jdbc.sql(SELECT + " WHERE c.rid = :rid")
                .param("rid", rid.value())
                .query(StalledCases::stalled)
                .optional();
    }

    /**
     * Sends a case parked as {@code FAILED} back to the stage it failed at, with its attempts reset,
     * runnable now; writes a {@code REPROCESSED} history row and an audit entry, then wakes the
     * workers.
     *
     * @throws CaseOperationException 404 when no case has this RID, 409 when it is not FAILED
     */
    public StalledCase reprocess(Rid rid) {
        String ridHash = hashes.hash(RID_HASH, rid.value());
        CaseOperationException refusal = transactions.execute(status -> sendBack(rid, ridHash));
        if (refusal != null) {
            audit.failure(MODULE, ACTION, ridHash, refusal.code());
            throw refusal;
        }
        pipeline.wake();
        return find(rid).orElseThrow(CaseOperationException::notFound);
    }

    /** The reprocessing's transaction; returns why it was refused, or null when it was done. */
    private @Nullable CaseOperationException sendBack(Rid rid, String ridHash) {
        Optional<StalledCase> found = jdbc.sql(SELECT + " WHERE c.rid = :rid FOR UPDATE OF c")
                .param("rid", rid.value())
                .query(StalledCases::stalled)
                .optional();
        if (found.isEmpty()) {
            return CaseOperationException.notFound();
        }
        StalledCase parked = found.get();
        if (parked.status() != CaseStatus.FAILED) {
            return CaseOperationException.notFailed();
        }
        Instant now = clock.instant();
        jdbc.sql("""
                UPDATE enrolment.enrolment_case
                SET status = 'PROCESSING', attempt = 1, next_attempt_at = :now, updated_at = :now
                WHERE id = :id AND status = 'FAILED'
                """)
                .param("id", parked.caseId())
                .param("now", Timestamp.from(now))
                .update();
        String stage = parked.stage() == null ? "PIPELINE" : parked.stage();
        jdbc.sql("""
                INSERT INTO enrolment.stage_history (case_id, stage, outcome, reason_code, reason, attempt, occurred_at)
                VALUES (:id, :stage, :outcome, :code, :reason, :attempt, :now)
                """)
                .param("id", parked.caseId())
                .param("stage", stage)
                .param("outcome", StageRecord.Outcome.REPROCESSED.name())
                .param("code", REPROCESSED)
                .param("reason", "An operator sent the parked case back to this stage")
                .param("attempt", Math.max(1, parked.attempts()))
                .param("now", Timestamp.from(now))
                .update();
        audit.success(MODULE, ACTION, ridHash, stage);
        return null;
    }

    private static StalledCase stalled(ResultSet rs, int row) throws SQLException {
        String awaited = rs.getString("awaited_rid");
        return new StalledCase(
                rs.getObject("id", UUID.class),
                new Rid(rs.getString("rid")),
                RegistrationType.valueOf(rs.getString("process")),
                CaseStatus.valueOf(rs.getString("status")),
                rs.getString("stage"),
                rs.getString("code"),
                rs.getString("reason"),
                rs.getInt("attempt"),
                rs.getTimestamp("updated_at").toInstant(),
                awaited == null ? null : new Rid(awaited));
    }
}
