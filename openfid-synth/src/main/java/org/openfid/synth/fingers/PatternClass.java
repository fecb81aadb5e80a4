package org.openfid.synth.fingers;

import java.util.SplittableRandom;

/**
 * The five Henry classes a master finger belongs to, with their share in real populations (the
 * frequencies SFinGe uses, after Wilson, Candela and Watson's NIST study): loops dominate, arches are
 * rare. The class decides which singular points the orientation field gets.
 */
public enum PatternClass {
    ARCH(0.037),
    TENTED_ARCH(0.029),
    LEFT_LOOP(0.338),
    RIGHT_LOOP(0.317),
    WHORL(0.279);

    private final double share;

    PatternClass(double share) {
        this.share = share;
    }

    /** The share of fingers of this class in a real population (the shares sum to 1). */
    public double share() {
        return share;
    }

    /** A class drawn with the real-population shares. */
    static PatternClass draw(SplittableRandom random) {
        double u = random.nextDouble();
        double cumulative = 0;
        for (PatternClass pattern : values()) {
            cumulative += pattern.share;
            if (u < cumulative) {
                return pattern;
            }
        }
        return WHORL;
    }
}
