package org.openfid.masterdata;

/** Formats of reference-data codes, shared by the records' validation constraints. */
final class Patterns {

    static final String LANGUAGE = "[a-z]{3}";
    static final String LANGUAGE_MESSAGE = "must be an ISO 639-3 code (three lower-case letters)";
    static final String CODE = "[A-Za-z0-9_-]{1,36}";
    static final String CODE_MESSAGE = "must be 1-36 of A-Z, a-z, 0-9, _ and -";
    static final String FIVE_DIGITS = "[0-9]{5}";
    static final String FIVE_DIGITS_MESSAGE = "must be five digits";

    private Patterns() {}
}
