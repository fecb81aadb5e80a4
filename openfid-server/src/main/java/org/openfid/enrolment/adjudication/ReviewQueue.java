package org.openfid.enrolment.adjudication;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openfid.enrolment.CaseStatus;
import org.openfid.enrolment.Enrolments;
import org.openfid.identity.IdentityId;
import org.openfid.identity.Rid;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What adjudicators read: the open reviews, oldest first (a suspected duplicate should not wait
 * behind newer ones), and one review with its candidates and the case's history. Reads only.
 */
@Component
public class ReviewQueue {

    /** The largest page the queue serves. */
    public static final int MAX_PAGE_SIZE = 100;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Double>> SCORES = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final Enrolments enrolments;

    ReviewQueue(JdbcClient jdbc, Enrolments enrolments) {
        this.jdbc = jdbc;
        this.enrolments = enrolments;
    }

    /** Page {@code page} (from 0) of the open reviews, {@code size} per page, oldest first. */
    public ReviewPage open(int page, int size) {
        if (page < 0 || page > 1_000_000) {
            throw AdjudicationException.invalidPage("page must be between 0 and 1000000");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw AdjudicationException.invalidPage("size must be between 1 and " + MAX_PAGE_SIZE);
        }
        List<OpenReview> reviews = jdbc.sql("""
                        SELECT a.case_id, a.rid, a.reason_code, a.opened_at, c.received_at,
                               (SELECT count(*) FROM enrolment.adjudication_match m WHERE m.case_id = a.case_id) AS candidates,
                               (SELECT coalesce(max(m.score), 0) FROM enrolment.adjudication_match m
                                WHERE m.case_id = a.case_id) AS top_score
                        FROM enrolment.adjudication a JOIN enrolment.enrolment_case c ON c.id = a.case_id
                        WHERE a.verdict IS NULL
                        ORDER BY a.opened_at, a.case_id
                        LIMIT :size OFFSET :offset
                        """)
                .param("size", size)
                .param("offset", (long) page * size)
                .query(ReviewQueue::openReview)
                .list();
        long total = jdbc.sql("SELECT count(*) FROM enrolment.adjudication WHERE verdict IS NULL")
                .query(Long.class)
                .single();
        return new ReviewPage(reviews, page, size, total);
    }

    /** The review of {@code rid}, decided or not. */
    public Optional<Review> review(Rid rid) {
        return jdbc.sql("""
                        SELECT a.case_id, a.rid, a.reason_code, a.opened_at, a.verdict, a.decided_by, a.decided_at,
                               c.received_at, c.status
                        FROM enrolment.adjudication a JOIN enrolment.enrolment_case c ON c.id = a.case_id
                        WHERE a.rid = :rid
                        """)
                .param("rid", rid.value())
                .query((rs, row) -> review(rs))
                .optional();
    }

    private Review review(ResultSet rs) throws SQLException {
        UUID caseId = rs.getObject("case_id", UUID.class);
        Rid rid = new Rid(rs.getString("rid"));
        String verdict = rs.getString("verdict");
        Timestamp decidedAt = rs.getTimestamp("decided_at");
        return new Review(
                caseId,
                rid,
                CaseStatus.valueOf(rs.getString("status")),
                rs.getString("reason_code"),
                rs.getTimestamp("opened_at").toInstant(),
                rs.getTimestamp("received_at").toInstant(),
                verdict == null ? null : Verdict.valueOf(verdict),
                rs.getString("decided_by"),
                decidedAt == null ? null : decidedAt.toInstant(),
                matches(caseId),
                enrolments.history(rid));
    }

    private List<SuspectedMatch> matches(UUID caseId) {
        return jdbc
                .sql("""
                        SELECT reference_id, matched_rid, identity_id, score, scores::text AS scores
                        FROM enrolment.adjudication_match WHERE case_id = :id
                        """)
                .param("id", caseId)
                .query((rs, row) -> {
                    UUID identity = rs.getObject("identity_id", UUID.class);
                    String matched = rs.getString("matched_rid");
                    return new SuspectedMatch(
                            rs.getString("reference_id"),
                            matched == null ? null : new Rid(matched),
                            identity == null ? null : new IdentityId(identity),
                            rs.getDouble("score"),
                            JSON.readValue(rs.getString("scores"), SCORES));
                })
                .list()
                .stream()
                .sorted(Comparator.comparingDouble(SuspectedMatch::score)
                        .reversed()
                        .thenComparing(SuspectedMatch::referenceId))
                .toList();
    }

    private static OpenReview openReview(ResultSet rs, int row) throws SQLException {
        return new OpenReview(
                rs.getObject("case_id", UUID.class),
                new Rid(rs.getString("rid")),
                rs.getString("reason_code"),
                rs.getTimestamp("opened_at").toInstant(),
                rs.getTimestamp("received_at").toInstant(),
                rs.getInt("candidates"),
                rs.getDouble("top_score"));
    }
}
