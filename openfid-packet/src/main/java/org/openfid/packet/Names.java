package org.openfid.packet;

import java.util.regex.Pattern;

/** Names that become file names inside a packet: letters, digits, {@code _} and {@code -} only. */
final class Names {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern RID = Pattern.compile("[0-9]{10,40}");

    private Names() {}

    static String requireFieldName(String name) {
        if (name == null || !SAFE.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a valid packet field or file name: " + name);
        }
        return name;
    }

    static String requireRid(String rid) {
        if (rid == null || !RID.matcher(rid).matches()) {
            throw new IllegalArgumentException("A RID is 10 to 40 digits");
        }
        return rid;
    }

    static boolean isRid(String rid) {
        return RID.matcher(rid).matches();
    }
}
