package org.openfid.enrolment.adjudication;

/** An adjudicator's decision on a suspected duplicate. */
public enum Verdict {
    /** The applicant is already registered: the case is rejected. */
    DUPLICATE,
    /** A different person: the case goes on. */
    NOT_DUPLICATE
}
