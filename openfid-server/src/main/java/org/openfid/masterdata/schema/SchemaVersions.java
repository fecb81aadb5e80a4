package org.openfid.masterdata.schema;

/** Orders schema version strings such as {@code 0.1}, {@code 0.2}, {@code 0.10}, {@code 1.0.1}. */
final class SchemaVersions {

    private SchemaVersions() {}

    /**
     * Compares dotted numeric versions part by part (missing parts count as 0, so {@code 1} and
     * {@code 1.0} are equal); negative when {@code a} is older than {@code b}.
     */
    static int compare(String a, String b) {
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            long l = i < left.length ? Long.parseLong(left[i]) : 0;
            long r = i < right.length ? Long.parseLong(right[i]) : 0;
            if (l != r) {
                return Long.compare(l, r);
            }
        }
        return 0;
    }
}
