package org.openfid.identity;

import java.util.regex.Pattern;

/**
 * A registration id: 29 digits made of the centre id (5), machine id (5), a rolling sequence (5) and
 * the timestamp {@code yyyyMMddHHmmss} (14), as MOSIP's. It names an enrolment, not a person, so it
 * is not masked.
 */
public record Rid(String value) {

    private static final Pattern FORMAT = Pattern.compile("[0-9]{29}");

    public Rid {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IdentityException(IdentityError.INVALID_INPUT, "A registration id is 29 digits");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
