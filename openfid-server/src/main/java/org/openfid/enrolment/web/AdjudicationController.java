package org.openfid.enrolment.web;

import java.security.Principal;
import org.jspecify.annotations.Nullable;
import org.openfid.enrolment.adjudication.AdjudicationException;
import org.openfid.enrolment.adjudication.Adjudications;
import org.openfid.enrolment.adjudication.Review;
import org.openfid.enrolment.adjudication.ReviewQueue;
import org.openfid.enrolment.adjudication.Verdict;
import org.openfid.enrolment.web.AdjudicationWire.DecisionRequest;
import org.openfid.enrolment.web.AdjudicationWire.Queue;
import org.openfid.enrolment.web.AdjudicationWire.ReviewBody;
import org.openfid.identity.Rid;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Manual adjudication over HTTP (our own API, RFC 9457 problems): the queue of suspected duplicates,
 * one review with its candidates and scores, and the decision, which is final. Adjudicators only.
 */
@RestController
@RequestMapping(path = "/v1/enrolment/adjudications", produces = MediaType.APPLICATION_JSON_VALUE)
class AdjudicationController {

    /** Default page size of the queue. */
    static final int PAGE_SIZE = 20;

    /**
     * Strict: unknown fields, trailing content and numbers or booleans where text is expected are
     * refused, not ignored or converted.
     */
    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfig(
                    LogicalType.Textual,
                    text -> text.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();

    private final ReviewQueue queue;
    private final Adjudications adjudications;

    AdjudicationController(ReviewQueue queue, Adjudications adjudications) {
        this.queue = queue;
        this.adjudications = adjudications;
    }

    @GetMapping
    Queue open(
            @RequestParam(name = "page", required = false) @Nullable String page,
            @RequestParam(name = "size", required = false) @Nullable String size) {
        return Queue.of(queue.open(
                AdjudicationInput.number(page, 0, "page"), AdjudicationInput.number(size, PAGE_SIZE, "size")));
    }

    @GetMapping("/{rid}")
    ReviewBody review(@PathVariable("rid") String rid) {
        return ReviewBody.of(found(AdjudicationInput.rid(rid)));
    }

    @PostMapping(path = "/{rid}/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
    ReviewBody decide(
            @PathVariable("rid") String rid, @RequestBody(required = false) @Nullable String body, Principal who) {
        Rid registration = AdjudicationInput.rid(rid);
        DecisionRequest request = parse(body);
        Verdict verdict = AdjudicationInput.verdict(request.verdict());
        Review review = found(registration);
        adjudications.decide(review.caseId(), verdict, who.getName(), request.comment());
        return ReviewBody.of(found(registration));
    }

    private Review found(Rid rid) {
        return queue.review(rid).orElseThrow(AdjudicationException::notFound);
    }

    private static DecisionRequest parse(@Nullable String body) {
        if (body == null || body.isBlank()) {
            throw AdjudicationException.invalidRequest();
        }
        try {
            DecisionRequest request = STRICT.readValue(body, DecisionRequest.class);
            if (request == null) {
                throw AdjudicationException.invalidRequest();
            }
            return request;
        } catch (JacksonException e) {
            throw AdjudicationException.invalidRequest();
        }
    }
}
