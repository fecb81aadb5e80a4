package org.openfid.enrolment.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openfid.enrolment.StageRecord;
import org.openfid.enrolment.adjudication.OpenReview;
import org.openfid.enrolment.adjudication.Review;
import org.openfid.enrolment.adjudication.ReviewPage;
import org.openfid.enrolment.adjudication.SuspectedMatch;

/** JSON shapes of the adjudication API: registration ids and scores, never biometric data. */
final class AdjudicationWire {

    private AdjudicationWire() {}

    /** A page of open reviews, oldest first. */
    record Queue(List<QueueItem> reviews, int page, int size, long total) {
        static Queue of(ReviewPage page) {
            return new Queue(
                    page.reviews().stream().map(QueueItem::of).toList(), page.page(), page.size(), page.total());
        }
    }

    record QueueItem(
            String rid, String reasonCode, Instant openedAt, Instant receivedAt, int candidates, double topScore) {
        static QueueItem of(OpenReview review) {
            return new QueueItem(
                    review.rid().value(),
                    review.reasonCode(),
                    review.openedAt(),
                    review.receivedAt(),
                    review.candidates(),
                    review.topScore());
        }
    }

    /** One review: the case, the candidates (best first) with per-finger scores, the stage history. */
    record ReviewBody(
            String rid,
            String caseStatus,
            String reasonCode,
            Instant openedAt,
            Instant receivedAt,
            @Nullable String verdict,
            @Nullable String decidedBy,
            @Nullable Instant decidedAt,
            List<Candidate> candidates,
            List<Step> history) {
        static ReviewBody of(Review review) {
            return new ReviewBody(
                    review.rid().value(),
                    review.status().name(),
                    review.reasonCode(),
                    review.openedAt(),
                    review.receivedAt(),
                    review.verdict() == null ? null : review.verdict().name(),
                    review.decidedBy(),
                    review.decidedAt(),
                    review.matches().stream().map(Candidate::of).toList(),
                    review.history().stream().map(Step::of).toList());
        }
    }

    /**
     * A suspected duplicate: the ABIS reference id, and the RID and identity behind it when the record
     * came from an enrolment; {@code scores} is by finger (MOSIP subtype name), in name order.
     */
    record Candidate(
            String referenceId,
            @Nullable String rid,
            @Nullable UUID identityId,
            double score,
            Map<String, Double> scores) {
        static Candidate of(SuspectedMatch match) {
            return new Candidate(
                    match.referenceId(),
                    match.rid() == null ? null : match.rid().value(),
                    match.identity() == null ? null : match.identity().value(),
                    match.score(),
                    new TreeMap<>(match.scores()));
        }
    }

    record Step(
            String stage,
            String outcome,
            @Nullable String reasonCode,
            @Nullable String reason,
            int attempt,
            Instant occurredAt) {
        static Step of(StageRecord record) {
            return new Step(
                    record.stage(),
                    record.outcome().name(),
                    record.reasonCode(),
                    record.reason(),
                    record.attempt(),
                    record.occurredAt());
        }
    }

    /** The decision's body: {@code verdict} is DUPLICATE or NOT_DUPLICATE; {@code comment} optional. */
    record DecisionRequest(
            @Nullable String verdict, @Nullable String comment) {}
}
