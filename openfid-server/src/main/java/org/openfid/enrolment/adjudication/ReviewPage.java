package org.openfid.enrolment.adjudication;

import java.util.List;

/**
 * One page of the queue.
 *
 * @param reviews the open reviews on this page, oldest first
 * @param page the page number (from 0)
 * @param size the page size asked for
 * @param total how many reviews are open in all
 */
public record ReviewPage(List<OpenReview> reviews, int page, int size, long total) {

    public ReviewPage {
        reviews = List.copyOf(reviews);
    }
}
