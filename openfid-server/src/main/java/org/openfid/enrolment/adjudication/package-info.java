/**
 * Manual adjudication of suspected duplicates: the de-duplication stages open a review with the
 * matched registrations and scores, an adjudicator decides, and the paused case resumes from that
 * verdict.
 */
@NullMarked
package org.openfid.enrolment.adjudication;

import org.jspecify.annotations.NullMarked;
