package org.openfid.synth.fingers;

/**
 * Derives independent seeds from a parent seed and an index, so finger 7 of seed 42 is the same
 * finger whatever else was generated before it (no shared random stream, no global state).
 */
final class Seeds {

    private Seeds() {}

    /** The SplitMix64 finaliser of {@code parent} combined with {@code index} and a purpose salt. */
    static long derive(long parent, long index, long salt) {
        long z = parent + 0x9E3779B97F4A7C15L * (index + 1) + 0xD1B54A32D192ED03L * salt;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
