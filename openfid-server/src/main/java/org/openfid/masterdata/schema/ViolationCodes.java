package org.openfid.masterdata.schema;

/** The stable codes of {@link org.openfid.masterdata.SchemaViolation}s, also the template codes. */
final class ViolationCodes {

    static final String UNKNOWN_FIELD = "UNKNOWN_FIELD";
    static final String TYPE = "TYPE";
    static final String REQUIRED = "REQUIRED";
    static final String LANGUAGE_MISSING = "LANGUAGE_MISSING";
    static final String UNKNOWN_LANGUAGE = "UNKNOWN_LANGUAGE";
    static final String DUPLICATE_LANGUAGE = "DUPLICATE_LANGUAGE";
    static final String PATTERN = "PATTERN";
    static final String LENGTH = "LENGTH";
    static final String AGE_RANGE = "AGE_RANGE";
    static final String DATE = "DATE";
    static final String EMAIL = "EMAIL";
    static final String PHONE = "PHONE";
    static final String NOT_IN_LIST = "NOT_IN_LIST";
    static final String DOCUMENT = "DOCUMENT";
    static final String BIOMETRICS = "BIOMETRICS";
    static final String NOT_A_HANDLE = "NOT_A_HANDLE";

    private ViolationCodes() {}
}
