package org.openfid.masterdata;

import java.util.regex.Pattern;

/**
 * A registration machine's id: five digits, as MOSIP's {@code machineid.length}, because it is the
 * second part of every registration id (RID) the machine issues.
 */
public record MachineId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[0-9]{5}");

    public MachineId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new MasterdataException(MasterdataError.INVALID_INPUT, "A machine id is five digits");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
