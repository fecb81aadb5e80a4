package org.openfid.enrolment.web;

import org.jspecify.annotations.Nullable;
import org.openfid.enrolment.adjudication.AdjudicationException;
import org.openfid.enrolment.adjudication.Verdict;
import org.openfid.identity.Rid;

/**
 * Strict reading of what adjudicators send, shared by the API and the staff pages. Refusals carry
 * fixed texts: the input is never repeated back.
 */
final class AdjudicationInput {

    private AdjudicationInput() {}

    static Rid rid(@Nullable String value) {
        if (value == null || !value.matches("[0-9]{29}")) {
            throw AdjudicationException.invalidRid();
        }
        return new Rid(value);
    }

    static Verdict verdict(@Nullable String value) {
        if ("DUPLICATE".equals(value)) {
            return Verdict.DUPLICATE;
        }
        if ("NOT_DUPLICATE".equals(value)) {
            return Verdict.NOT_DUPLICATE;
        }
        throw AdjudicationException.invalidDecision("verdict must be DUPLICATE or NOT_DUPLICATE");
    }

    /** A page or size parameter: decimal digits only (at most 7), else {@code fallback} when absent. */
    static int number(@Nullable String value, int fallback, String name) {
        if (value == null) {
            return fallback;
        }
        if (!value.matches("[0-9]{1,7}")) {
            throw AdjudicationException.invalidPage(name + " must be a whole number");
        }
        return Integer.parseInt(value);
    }
}
