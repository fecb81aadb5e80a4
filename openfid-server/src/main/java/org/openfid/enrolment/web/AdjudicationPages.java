package org.openfid.enrolment.web;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.openfid.enrolment.adjudication.AdjudicationException;
import org.openfid.enrolment.adjudication.Adjudications;
import org.openfid.enrolment.adjudication.Review;
import org.openfid.enrolment.adjudication.ReviewPage;
import org.openfid.enrolment.adjudication.ReviewQueue;
import org.openfid.identity.Rid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The adjudicators' pages (server-rendered, no scripts): the queue, one review with its candidates
 * and scores, and the two decision buttons. Forms carry the session's CSRF token (added by the
 * templates' {@code th:action}); a decision redirects back to the review (post, redirect, get).
 * Refusals render the page again with a fixed message and the matching status.
 */
@Controller
@RequestMapping("/console/adjudications")
class AdjudicationPages {

    private final ReviewQueue queue;
    private final Adjudications adjudications;

    AdjudicationPages(ReviewQueue queue, Adjudications adjudications) {
        this.queue = queue;
        this.adjudications = adjudications;
    }

    @GetMapping
    String queue(
            @RequestParam(name = "page", required = false) @Nullable String page,
            Model model,
            HttpServletResponse response) {
        try {
            ReviewPage reviews =
                    queue.open(AdjudicationInput.number(page, 0, "page"), AdjudicationController.PAGE_SIZE);
            model.addAttribute("queue", AdjudicationWire.Queue.of(reviews));
            model.addAttribute("lastPage", Math.max(0, (reviews.total() - 1) / reviews.size()));
        } catch (AdjudicationException e) {
            return refused(e, model, response);
        }
        return "enrolment/adjudications";
    }

    @GetMapping("/{rid}")
    String review(
            @PathVariable("rid") String rid,
            @RequestParam(name = "decided", required = false) @Nullable String decided,
            Model model,
            HttpServletResponse response) {
        try {
            model.addAttribute("review", AdjudicationWire.ReviewBody.of(found(AdjudicationInput.rid(rid))));
            model.addAttribute("justDecided", decided != null);
        } catch (AdjudicationException e) {
            return refused(e, model, response);
        }
        return "enrolment/adjudication";
    }

    @PostMapping("/{rid}/decision")
    String decide(
            @PathVariable("rid") String rid,
            @RequestParam(name = "verdict", required = false) @Nullable String verdict,
            @RequestParam(name = "comment", required = false) @Nullable String comment,
            Principal who,
            Model model,
            HttpServletResponse response) {
        Optional<Review> review = Optional.empty();
        try {
            Rid registration = AdjudicationInput.rid(rid);
            review = queue.review(registration);
            Review open = review.orElseThrow(AdjudicationException::notFound);
            adjudications.decide(open.caseId(), AdjudicationInput.verdict(verdict), who.getName(), comment);
            return "redirect:/console/adjudications/" + registration.value() + "?decided";
        } catch (AdjudicationException e) {
            review.ifPresent(r -> model.addAttribute(
                    "review",
                    AdjudicationWire.ReviewBody.of(queue.review(r.rid()).orElse(r))));
            return refused(e, model, response);
        }
    }

    private Review found(Rid rid) {
        return queue.review(rid).orElseThrow(AdjudicationException::notFound);
    }

    /** The refusal's fixed message on the page, with its HTTP status. */
    private static String refused(AdjudicationException e, Model model, HttpServletResponse response) {
        response.setStatus(e.status());
        model.addAttribute("error", e.getMessage());
        model.addAttribute("justDecided", false);
        return model.containsAttribute("review") ? "enrolment/adjudication" : "enrolment/adjudications";
    }
}
