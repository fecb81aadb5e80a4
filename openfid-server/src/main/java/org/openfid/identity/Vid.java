package org.openfid.identity;

import java.util.regex.Pattern;

/**
 * A virtual id. The record checks only that it is all digits; whether it obeys the configured rules (length,
 * Verhoeff check digit, filters) is {@link IdNumbers}' job, because those rules are configuration.
 * {@link #toString()} masks all but the last four digits so the number does not end up in logs.
 */
public record Vid(String value) {

    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,64}");

    public Vid {
        if (value == null || !DIGITS.matcher(value).matches()) {
            throw new IdentityException(IdentityError.INVALID_INPUT, "Vid must be digits only");
        }
    }

    @Override
    public String toString() {
        int shown = Math.min(4, value.length() / 2);
        return "*".repeat(value.length() - shown) + value.substring(value.length() - shown);
    }
}
