package org.openfid.masterdata;

/**
 * A condition that makes a field required, for example "{@code introducerName} is required when the
 * person is younger than 5" or "{@code proofOfAddress} when {@code residenceStatus} is {@code FR}".
 *
 * @param field the field the condition looks at
 * @param operator how it compares
 * @param value the value compared with (a number of years for the age operators)
 */
public record RequiredOn(String field, Operator operator, String value) {

    /** Comparison operators. */
    public enum Operator {
        /** The field's value (code, or any language's value) equals {@code value}. */
        EQUALS,
        /** The field's value differs from {@code value} or is absent. */
        NOT_EQUALS,
        /** The date field is less than {@code value} years ago. */
        AGE_BELOW,
        /** The date field is at least {@code value} years ago. */
        AGE_AT_LEAST,
        /** The field is present (value ignored). */
        PRESENT
    }
}
