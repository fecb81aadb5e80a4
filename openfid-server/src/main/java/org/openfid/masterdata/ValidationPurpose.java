package org.openfid.masterdata;

/** Why an identity is validated: a whole new record, or a partial update of an existing one. */
public enum ValidationPurpose {
    /** A complete record: required fields and required-on rules apply. */
    NEW,
    /** A partial update: only the fields present are checked. */
    UPDATE
}
