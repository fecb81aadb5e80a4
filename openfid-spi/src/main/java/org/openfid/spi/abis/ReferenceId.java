package org.openfid.spi.abis;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The id under which a person's biometrics sit in the ABIS gallery (MOSIP's biometric reference id, a
 * UUID per registration). It is not a UIN or RID, so an ABIS never learns who a record belongs to.
 *
 * @param value 1-64 characters of {@code A-Z a-z 0-9 - _}
 * @since 0.4
 */
public record ReferenceId(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public ReferenceId {
        Objects.requireNonNull(value, "value");
        if (!SHAPE.matcher(value).matches()) {
            throw new AbisException(
                    AbisFailure.MISSING_REFERENCE_ID, "A reference id has 1-64 letters, digits, - or _");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
