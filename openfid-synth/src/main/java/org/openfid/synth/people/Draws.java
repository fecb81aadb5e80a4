package org.openfid.synth.people;

import java.util.SplittableRandom;

/**
 * Independent random streams per (seed, record, purpose): each attribute of a person draws from its
 * own stream, so adding an attribute later does not change the others, and record {@code i} is the
 * same whatever the population size.
 */
final class Draws {

    static final long DUPLICATE = 1;
    static final long DEMOGRAPHICS = 2;
    static final long ADDRESS = 3;
    static final long CONTACT = 4;
    static final long DOCUMENTS = 5;
    static final long BIRTH = 6;
    static final long GENDER = 7;

    private Draws() {}

    static SplittableRandom stream(long seed, long index, long purpose) {
        return new SplittableRandom(mix(seed ^ mix(index * 0x9E3779B97F4A7C15L + purpose)));
    }

    /** SplitMix64's finalizer: a bijective, well-spread mix of 64 bits. */
    static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
