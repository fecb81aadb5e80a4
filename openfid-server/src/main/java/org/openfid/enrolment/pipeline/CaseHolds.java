package org.openfid.enrolment.pipeline;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.openfid.identity.Rid;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code enrolment.case_hold} table: cases paused until another enrolment ends. A hold is written
 * in the transaction that pauses its case and deleted in the one that resumes it, and a case resumes
 * only when its row was deleted by that transaction, so a repeated completion event, or the event and
 * the sweep racing, resume a case once.
 */
@Component
class CaseHolds {

    private final JdbcClient jdbc;

    CaseHolds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Holds {@code caseId} at {@code stage} until the enrolment of {@code awaited} ends. */
    void hold(UUID caseId, Rid held, Rid awaited, String stage, String code, Instant now) {
        jdbc.sql("""
                INSERT INTO enrolment.case_hold (case_id, held_rid, awaited_rid, stage, reason_code, held_at)
                VALUES (:id, :held, :awaited, :stage, :code, :now)
                ON CONFLICT (case_id) DO UPDATE SET awaited_rid = excluded.awaited_rid, stage = excluded.stage,
                    reason_code = excluded.reason_code, held_at = excluded.held_at
                """)
                .param("id", caseId)
                .param("held", held.value())
                .param("awaited", awaited.value())
                .param("stage", stage)
                .param("code", code)
                .param("now", Timestamp.from(now))
                .update();
    }

    /**
     * Whether the enrolment of {@code awaited} has ended (processed or rejected), read under a share
     * lock on its case row: while a worker runs one of its stages this waits for that stage's commit,
     * and until the caller commits no worker can run its next stage (workers skip locked cases). So a
     * hold written before this check is visible to whatever ends that enrolment later.
     */
    boolean settled(Rid awaited) {
        return jdbc.sql("SELECT status FROM enrolment.enrolment_case WHERE rid = :rid FOR SHARE")
                .param("rid", awaited.value())
                .query(String.class)
                .optional()
                .filter(status -> status.equals("PROCESSED") || status.equals("REJECTED"))
                .isPresent();
    }

    void forget(UUID caseId) {
        jdbc.sql("DELETE FROM enrolment.case_hold WHERE case_id = :id")
                .param("id", caseId)
                .update();
    }

    /**
     * Resumes every case held on {@code awaited}: deletes their holds and makes the cases runnable at
     * the stage that held them.
     *
     * @return how many cases this call resumed (0 when another call released them already)
     */
    int release(Rid awaited, Instant now) {
        List<Released> released = jdbc.sql(
                        "DELETE FROM enrolment.case_hold WHERE awaited_rid = :rid RETURNING case_id, stage")
                .param("rid", awaited.value())
                .query((rs, n) -> new Released(rs.getObject("case_id", UUID.class), rs.getString("stage")))
                .list();
        return resume(released, now);
    }

    /**
     * Resumes the cases held on enrolments that have ended already: the safety net for a hold whose
     * awaited enrolment ended while the hold was being written, before any case row existed to lock.
     */
    int releaseSettled(Instant now) {
        List<Released> released = jdbc.sql("""
                        DELETE FROM enrolment.case_hold h USING enrolment.enrolment_case c
                        WHERE c.rid = h.awaited_rid AND c.status IN ('PROCESSED', 'REJECTED')
                        RETURNING h.case_id, h.stage
                        """)
                .query((rs, n) -> new Released(rs.getObject("case_id", UUID.class), rs.getString("stage")))
                .list();
        return resume(released, now);
    }

    private record Released(UUID caseId, String stage) {}

    /** Resumes each case if it is still paused at the stage that held it (no next stage: the first). */
    private int resume(List<Released> released, Instant now) {
        int resumed = 0;
        for (Released hold : released) {
            resumed += jdbc.sql("""
                            UPDATE enrolment.enrolment_case
                            SET status = 'PROCESSING', attempt = 1, next_attempt_at = :now, updated_at = :now
                            WHERE id = :id AND status = 'PAUSED' AND coalesce(next_stage, :stage) = :stage
                            """)
                    .param("id", hold.caseId())
                    .param("stage", hold.stage())
                    .param("now", Timestamp.from(now))
                    .update();
        }
        return resumed;
    }
}
