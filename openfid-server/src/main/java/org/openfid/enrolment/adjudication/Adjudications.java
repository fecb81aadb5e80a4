package org.openfid.enrolment.adjudication;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openfid.identity.Rid;
import org.openfid.keys.DataSeals;
import org.openfid.keys.KeyRef;
import org.openfid.keys.KeyedHashes;
import org.openfid.platform.AuditRecorder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The adjudication queue as the pipeline sees it: opening a review is idempotent (a stage that runs
 * again after a crash finds the review it opened), and the verdict is read from the same row the
 * adjudicator's decision writes. A decision is final: it is written once, audited in the same
 * transaction, and announced with {@link AdjudicationDecided} so the case resumes after the commit.
 */
@Component
public class Adjudications {

    /** The longest comment an adjudicator may leave (characters). */
    public static final int MAX_COMMENT = 2000;

    static final String MODULE = "enrolment";
    static final String ACTION = "ADJUDICATION_DECISION";
    /** The intake's RID audit key: the same RID hashes alike in every enrolment audit entry. */
    static final KeyRef RID_HASH = KeyRef.of("REGISTRATION_PROCESSOR", "RID_AUDIT");

    static final KeyRef COMMENT_SEAL = KeyRef.of("REGISTRATION_PROCESSOR", "ADJUDICATION_COMMENT");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final DataSeals seals;
    private final KeyedHashes hashes;
    private final AuditRecorder audit;
    private final ApplicationEventPublisher events;

    Adjudications(
            JdbcClient jdbc,
            Clock clock,
            TransactionTemplate transactions,
            DataSeals seals,
            KeyedHashes hashes,
            AuditRecorder audit,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.transactions = transactions;
        this.seals = seals;
        this.hashes = hashes;
        this.audit = audit;
        this.events = events;
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

    /**
     * Records an adjudicator's verdict on the open review of {@code caseId}. The verdict, who and
     * when are written only if the review has none yet (one conditional update, so two adjudicators
     * deciding at once cannot both win); the comment is sealed at rest. The decision is audited by
     * the keyed hash of the RID (never the comment), and the case resumes after the commit.
     *
     * @param adjudicator the deciding account's name
     * @param comment an optional free text, at most {@link #MAX_COMMENT} characters, no control
     *     characters other than line breaks and tabs
     * @throws AdjudicationException 404 when the case has no review, 409 when it was decided already,
     *     400 for an unacceptable comment
     */
    public void decide(UUID caseId, Verdict verdict, String adjudicator, @Nullable String comment) {
        if (adjudicator.isBlank() || adjudicator.length() > 64) {
            throw AdjudicationException.invalidDecision("The adjudicator's account name must be 1-64 characters");
        }
        String text = comment == null || comment.isBlank() ? null : comment;
        if (text != null && !acceptable(text)) {
            throw AdjudicationException.invalidDecision("A comment is at most " + MAX_COMMENT
                    + " characters with no control characters other than line breaks and tabs");
        }
        Decided decided = transactions.execute(status -> write(caseId, verdict, adjudicator, text));
        if (decided.refusal() != null) {
            audit.failure(MODULE, ACTION, decided.ridHash(), decided.refusal().code());
            throw decided.refusal();
        }
    }

    /** The outcome of the decision's transaction: the RID's hash, and why it was refused, if it was. */
    private record Decided(
            @Nullable String ridHash, @Nullable AdjudicationException refusal) {}

    private Decided write(UUID caseId, Verdict verdict, String adjudicator, @Nullable String comment) {
        Optional<String> rid = jdbc.sql("SELECT rid FROM enrolment.adjudication WHERE case_id = :id FOR UPDATE")
                .param("id", caseId)
                .query(String.class)
                .optional();
        if (rid.isEmpty()) {
            return new Decided(null, AdjudicationException.notFound());
        }
        String ridHash = hashes.hash(RID_HASH, rid.get());
        byte[] sealed = comment == null
                ? null
                : seals.seal(
                        COMMENT_SEAL,
                        comment.getBytes(StandardCharsets.UTF_8),
                        ("adjudication:" + caseId).getBytes(StandardCharsets.UTF_8));
        int written = jdbc.sql("""
                        UPDATE enrolment.adjudication
                        SET verdict = :verdict, decided_by = :by, decided_at = :now, comment_sealed = :comment
                        WHERE case_id = :id AND verdict IS NULL
                        """)
                .param("verdict", verdict.name())
                .param("by", adjudicator)
                .param("now", Timestamp.from(clock.instant()))
                .param("comment", sealed)
                .param("id", caseId)
                .update();
        if (written == 0) {
            return new Decided(ridHash, AdjudicationException.alreadyDecided());
        }
        audit.success(MODULE, ACTION, ridHash, verdict.name());
        events.publishEvent(new AdjudicationDecided(caseId));
        return new Decided(ridHash, null);
    }

    private static boolean acceptable(String comment) {
        return comment.length() <= MAX_COMMENT
                && comment.codePoints()
                        .allMatch(c -> c == '\n' || c == '\r' || c == '\t' || !Character.isISOControl(c));
    }
}
