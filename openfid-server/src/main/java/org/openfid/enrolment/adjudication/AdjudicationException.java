package org.openfid.enrolment.adjudication;

import org.openfid.platform.OpenFidException;

/**
 * A refused adjudication request. Messages are fixed texts: they never repeat a registration id, a
 * verdict or a comment that came in, so a problem response or a log line cannot leak them.
 */
public class AdjudicationException extends OpenFidException {

    /** No review for that registration id (or the case has none). */
    public static final String NOT_FOUND = "ENR-ADJ-001";
    /** The review has a verdict already; a verdict is final. */
    public static final String ALREADY_DECIDED = "ENR-ADJ-002";
    /** The decision is not one of the verdicts, or its comment is unacceptable. */
    public static final String INVALID_DECISION = "ENR-ADJ-003";
    /** Page or size outside the allowed bounds. */
    public static final String INVALID_PAGE = "ENR-ADJ-004";
    /** The body is not a JSON object of the expected shape. */
    public static final String INVALID_REQUEST = "ENR-ADJ-005";
    /** The registration id is not 29 digits. */
    public static final String INVALID_RID = "ENR-ADJ-006";

    AdjudicationException(String code, int status, String message) {
        super(code, status, message);
    }

    /** No review for the registration id. */
    public static AdjudicationException notFound() {
        return new AdjudicationException(NOT_FOUND, 404, "No review exists for this registration");
    }

    static AdjudicationException alreadyDecided() {
        return new AdjudicationException(ALREADY_DECIDED, 409, "This review has already been decided");
    }

    /** A refused decision; {@code message} is a fixed text. */
    public static AdjudicationException invalidDecision(String message) {
        return new AdjudicationException(INVALID_DECISION, 400, message);
    }

    /** Page or size out of bounds; {@code message} is a fixed text. */
    public static AdjudicationException invalidPage(String message) {
        return new AdjudicationException(INVALID_PAGE, 400, message);
    }

    /** A body that is not JSON, or not the expected object. */
    public static AdjudicationException invalidRequest() {
        return new AdjudicationException(
                INVALID_REQUEST, 400, "The body must be a JSON object with a verdict and an optional comment");
    }

    /** A registration id that is not 29 digits. */
    public static AdjudicationException invalidRid() {
        return new AdjudicationException(INVALID_RID, 400, "A registration id is 29 digits");
    }
}
