package org.openfid.synth.fingers;

import java.util.SplittableRandom;

/**
 * What a master finger is before any ridge is drawn: pattern class, outline and orientation field,
 * drawn in a fixed order from the finger's random stream, so the image generator and the
 * template-level generator give finger {@code n} of a seed the same pattern class and ridge flow.
 *
 * @param pattern Henry class
 * @param shape fingertip outline on the master canvas
 * @param orientation ridge flow
 */
record FingerGeometry(PatternClass pattern, FingerShape shape, OrientationModel orientation) {

    static FingerGeometry draw(int width, int height, SplittableRandom random) {
        PatternClass pattern = PatternClass.draw(random);
        FingerShape shape = FingerShape.random(width, height, random);
        OrientationModel orientation = OrientationModel.random(pattern, width, height, shape, random);
        return new FingerGeometry(pattern, shape, orientation);
    }
}
