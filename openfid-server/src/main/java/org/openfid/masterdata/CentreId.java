package org.openfid.masterdata;

import java.util.regex.Pattern;

/**
 * A registration centre's id: five digits, as MOSIP's {@code registrationcenterid.length}, because
 * it is the first part of every registration id (RID) issued there.
 */
public record CentreId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[0-9]{5}");

    public CentreId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new MasterdataException(MasterdataError.INVALID_INPUT, "A centre id is five digits");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
