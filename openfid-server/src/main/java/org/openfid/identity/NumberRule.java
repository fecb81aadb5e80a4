package org.openfid.identity;

/**
 * The rule a UIN, VID or RID breaks, so an error can say precisely what is wrong with a number
 * without repeating the number. The names follow MOSIP's configuration keys.
 */
public enum NumberRule {
    /** Not the configured length. */
    LENGTH,
    /** Contains something other than the digits 0-9. */
    DIGITS,
    /** The Verhoeff check digit does not match. */
    CHECKSUM,
    /** Starts with a refused prefix ({@code not-start-with}, 0 and 1 by default). */
    NOT_START_WITH,
    /** Contains a restricted number ({@code restricted-numbers}, 786 and 666 by default). */
    RESTRICTED_NUMBER,
    /** Contains an ascending or descending run ({@code sequence-limit}), 890 and 901 included. */
    SEQUENCE_LIMIT,
    /** A digit repeats within the configured distance ({@code repeating-limit}). */
    REPEATING_LIMIT,
    /** A block of digits appears twice ({@code repeating-block-limit}). */
    REPEATING_BLOCK_LIMIT,
    /** A run of the even digits 2, 4, 6, 8 ({@code conjugative-even-digits-limit}). */
    CONJUGATIVE_EVEN_DIGITS_LIMIT,
    /** The first digits equal the last ones ({@code digits-limit}). */
    DIGITS_LIMIT,
    /** The first digits equal the last ones reversed ({@code reverse-digits-limit}). */
    REVERSE_DIGITS_LIMIT,
    /** Contains a cyclic number such as 142857. */
    CYCLIC_NUMBER,
    /** An RID's last 14 digits are not a real time {@code yyyyMMddHHmmss}. */
    TIMESTAMP
}
