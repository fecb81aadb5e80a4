package org.openfid.enrolment.pipeline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openfid.enrolment.CaseStatus;
import org.openfid.enrolment.RegistrationType;
import org.openfid.enrolment.StageRecord;
import org.openfid.identity.IdentityId;
import org.openfid.identity.Rid;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The progress columns of {@code enrolment.enrolment_case} and the stage history. Claims lock the
 * case row ({@code FOR UPDATE SKIP LOCKED}) for the transaction that runs the stage, so two workers,
 * in this process or another, never run a case at the same time, and a crashed worker's lock ends
 * with its connection.
 */
@Component
class CaseProgress {

    private static final String CLAIM = """
            SELECT c.id, c.rid, c.process, c.status, c.next_stage, c.attempt, c.received_at, c.identity_id,
                   s.centre_id, s.machine_id, s.supervisor_status, s.lang_code, s.additional_info_req_id
            FROM enrolment.enrolment_case c JOIN enrolment.sync_record s ON s.rid = c.rid
            WHERE c.status IN ('RECEIVED', 'PROCESSING') AND c.next_attempt_at <= :now
            """;

    private final JdbcClient jdbc;

    CaseProgress(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A claimed case: its facts and the stage it is at ({@code null}: not started). */
    record Claimed(CaseFile.Facts facts, @Nullable String nextStage) {}

    /** Locks the runnable case that has waited longest, if any is not locked by another worker. */
    Optional<Claimed> claimNext(Instant now) {
        return jdbc.sql(CLAIM + " ORDER BY c.next_attempt_at LIMIT 1 FOR UPDATE OF c SKIP LOCKED")
                .param("now", Timestamp.from(now))
                .query(CaseProgress::claimed)
                .optional();
    }

    /** Locks this case if it is runnable and not locked by another worker. */
    Optional<Claimed> claim(UUID caseId, Instant now) {
        return jdbc.sql(CLAIM + " AND c.id = :id FOR UPDATE OF c SKIP LOCKED")
                .param("now", Timestamp.from(now))
                .param("id", caseId)
                .query(CaseProgress::claimed)
                .optional();
    }

    /** Moves a case to its next stage, runnable now. */
    void advance(UUID caseId, String nextStage, Instant now) {
        update(caseId, "status = 'PROCESSING', next_stage = :stage, attempt = 1, next_attempt_at = :now", now)
                .param("stage", nextStage)
                .update();
    }

    /** Runs the same stage again at {@code at}. */
    void retryAt(UUID caseId, int attempt, Instant at, Instant now) {
        update(caseId, "status = 'PROCESSING', attempt = :attempt, next_attempt_at = :at", now)
                .param("attempt", attempt)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** Pauses a case at its current stage, or parks it as failed there. */
    void hold(UUID caseId, CaseStatus status, String code, Instant now) {
        update(caseId, "status = :status, outcome_code = :code", now)
                .param("status", status.name())
                .param("code", code)
                .update();
    }

    /** Ends a case. */
    void finish(UUID caseId, CaseStatus status, String code, Instant now) {
        update(caseId, "status = :status, outcome_code = :code, next_stage = NULL", now)
                .param("status", status.name())
                .param("code", code)
                .update();
    }

    void identity(UUID caseId, IdentityId identity, Instant now) {
        update(caseId, "identity_id = :identity", now)
                .param("identity", identity.value())
                .update();
    }

    /**
     * Makes a paused or parked case runnable again at its current stage.
     *
     * @return whether the case was paused or parked
     */
    boolean resume(UUID caseId, Instant now) {
        return jdbc.sql("""
                        UPDATE enrolment.enrolment_case
                        SET status = 'PROCESSING', attempt = 1, next_attempt_at = :now, updated_at = :now
                        WHERE id = :id AND status IN ('PAUSED', 'FAILED')
                        """)
                        .param("id", caseId)
                        .param("now", Timestamp.from(now))
                        .update()
                == 1;
    }

    void record(
            UUID caseId,
            String stage,
            StageRecord.Outcome outcome,
            StageOutcome detail,
            int attempt,
            @Nullable StageCost cost,
            Instant now) {
        jdbc.sql("""
                INSERT INTO enrolment.stage_history (case_id, stage, outcome, reason_code, reason, attempt,
                    cpu_micros, wall_micros, alloc_bytes, occurred_at)
                VALUES (:caseId, :stage, :outcome, :code, :reason, :attempt, :cpu, :wall, :alloc, :now)
                """)
                .param("cpu", cost == null ? null : cost.cpuMicros())
                .param("wall", cost == null ? null : cost.wallMicros())
                .param("alloc", cost == null || cost.allocatedBytes() < 0 ? null : cost.allocatedBytes())
                .param("caseId", caseId)
                .param("stage", stage)
                .param("outcome", outcome.name())
                .param("code", detail.code())
                .param("reason", reason(detail))
                .param("attempt", attempt)
                .param("now", Timestamp.from(now))
                .update();
    }

    private static @Nullable String reason(StageOutcome outcome) {
        String text = switch (outcome) {
            case StageOutcome.Passed p -> null;
            case StageOutcome.Rejected r -> r.reason();
            case StageOutcome.RetryLater r -> r.cause();
            case StageOutcome.NeedsReview r -> r.reason();
            case StageOutcome.Held r -> r.reason();
        };
        return text == null || text.length() <= 512 ? text : text.substring(0, 512);
    }

    private JdbcClient.StatementSpec update(UUID caseId, String set, Instant now) {
        return jdbc.sql("UPDATE enrolment.enrolment_case SET " + set + ", updated_at = :now WHERE id = :id")
                .param("id", caseId)
                .param("now", Timestamp.from(now));
    }

    private static Claimed claimed(ResultSet rs, int row) throws SQLException {
        UUID identity = rs.getObject("identity_id", UUID.class);
        var facts = new CaseFile.Facts(
                rs.getObject("id", UUID.class),
                new Rid(rs.getString("rid")),
                RegistrationType.valueOf(rs.getString("process")),
                rs.getString("centre_id"),
                rs.getString("machine_id"),
                "APPROVED".equals(rs.getString("supervisor_status")),
                rs.getString("lang_code"),
                rs.getString("additional_info_req_id"),
                rs.getInt("attempt"),
                rs.getTimestamp("received_at").toInstant(),
                identity == null ? null : new IdentityId(identity));
        return new Claimed(facts, rs.getString("next_stage"));
    }
}
