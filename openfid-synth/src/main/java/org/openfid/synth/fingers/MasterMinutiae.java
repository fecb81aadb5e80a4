package org.openfid.synth.fingers;

import java.util.List;

/**
 * A finger at template level: its minutiae over the whole fingertip, on the same canvas and with the
 * same pattern geometry as a {@link MasterFinger}, without rendering ridges (about a thousand times
 * cheaper, for galleries of a million fingers).
 */
public final class MasterMinutiae {

    private final long fingerId;
    private final long seed;
    private final PatternClass patternClass;
    private final FingerShape shape;
    private final OrientationModel orientation;
    private final List<Minutia> minutiae;

    MasterMinutiae(
            long fingerId,
            long seed,
            PatternClass patternClass,
            FingerShape shape,
            OrientationModel orientation,
            List<Minutia> minutiae) {
        this.fingerId = fingerId;
        this.seed = seed;
        this.patternClass = patternClass;
        this.shape = shape;
        this.orientation = orientation;
        this.minutiae = List.copyOf(minutiae);
    }

    public long fingerId() {
        return fingerId;
    }

    /** The seed derived from the generator's seed and the finger id; impressions derive theirs from it. */
    public long seed() {
        return seed;
    }

    public PatternClass patternClass() {
        return patternClass;
    }

    /** All minutiae of the fingertip in master-canvas pixels. */
    public List<Minutia> minutiae() {
        return minutiae;
    }

    FingerShape shape() {
        return shape;
    }

    OrientationModel orientation() {
        return orientation;
    }
}
