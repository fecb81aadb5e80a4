package org.openfid.partner;

import java.util.regex.Pattern;

/**
 * A partner's id as MOSIP names partners (for example {@code mpartner-default-auth}): it appears in
 * request paths, so it is restricted to URL-safe characters.
 *
 * @param value 3-64 of {@code A-Z a-z 0-9 . _ -}
 */
public record PartnerId(String value) {

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9._-]{3,64}");

    public PartnerId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new PartnerException(PartnerError.INVALID_INPUT, "partnerId must be 3-64 of A-Z, a-z, 0-9, . _ -");
        }
    }

    /** Whether {@code value} is a well-formed partner id (for callers that must not throw). */
    public static boolean isWellFormed(@org.jspecify.annotations.Nullable String value) {
        return value != null && FORM.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
