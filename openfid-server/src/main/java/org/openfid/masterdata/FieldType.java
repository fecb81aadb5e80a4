package org.openfid.masterdata;

/** The shape of an identity field's value. */
public enum FieldType {
    /** Multilingual text: {@code [{"language":"eng","value":"..."}, ...]}. */
    TEXT,
    /** Plain single-language string (numbers such as a reference id). */
    STRING,
    /** A number, such as {@code IDSchemaVersion}. */
    NUMBER,
    /** A date, {@code yyyy/MM/dd} as in MOSIP. */
    DATE,
    /** A code from a dynamic field list, given multilingually like {@link #TEXT} (MOSIP's form). */
    ENUM,
    /** A phone number. */
    PHONE,
    /** An e-mail address. */
    EMAIL,
    /** A document reference: {@code {"format":"pdf","type":"DOC001","value":"proofOfAddress"}}. */
    DOCUMENT,
    /** A biometrics reference: {@code {"format":"cbeff","version":1.0,"value":"..."}}. */
    BIOMETRICS,
    /**
     * The handles the person chose to be found by: a list of ids of handle fields, for example {@code
     * ["phone"]} (MOSIP's {@code selectedHandles}).
     */
    HANDLES
}
