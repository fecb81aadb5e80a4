package org.openfid.enrolment.adjudication;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openfid.identity.Rid;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The adjudication queue as the pipeline sees it: opening a review is idempotent (a stage that runs
 * again after a crash finds the review it opened), and the verdict is read from the same row the
 * adjudicator's decision writes.
 */
@Component
public class Adjudications {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final Clock clock;

    Adjudications(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Opens a review of {@code caseId} with its suspected matches, unless it has one already. */
    public void open(UUID caseId, Rid rid, String reasonCode, List<SuspectedMatch> matches) {
        int opened = jdbc.sql("""
                        INSERT INTO enrolment.adjudication (case_id, rid, reason_code, opened_at)
                        VALUES (:id, :rid, :code, :now) ON CONFLICT (case_id) DO NOTHING
                        """)
                .param("id", caseId)
                .param("rid", rid.value())
                .param("code", reasonCode)
                .param("now", Timestamp.from(clock.instant()))
                .update();
        if (opened == 0) {
            return;
        }
        for (SuspectedMatch match : matches) {
            jdbc.sql("""
                    INSERT INTO enrolment.adjudication_match (case_id, reference_id, matched_rid, identity_id,
                        score, scores)
                    VALUES (:id, :reference, :rid, :identity, :score, CAST(:scores AS jsonb))
                    """)
                    .param("id", caseId)
                    .param("reference", match.referenceId())
                    .param("rid", match.rid() == null ? null : match.rid().value())
                    .param(
                            "identity",
                            match.identity() == null ? null : match.identity().value())
                    .param("score", match.score())
                    .param("scores", JSON.writeValueAsString(match.scores()))
                    .update();
        }
    }

    /** Whether the case has a review (decided or not). */
    public boolean opened(UUID caseId) {
        return jdbc.sql("SELECT count(*) FROM enrolment.adjudication WHERE case_id = :id")
                        .param("id", caseId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** The verdict on the case's review, once an adjudicator gave one. */
    public Optional<Verdict> verdict(UUID caseId) {
        return jdbc.sql("SELECT verdict FROM enrolment.adjudication WHERE case_id = :id AND verdict IS NOT NULL")
                .param("id", caseId)
                .query(String.class)
                .optional()
                .map(Verdict::valueOf);
    }
}
