package org.openfid.synth.fingers;

import java.util.SplittableRandom;

/**
 * What a master finger is before any ridge is drawn: pattern class, outline and orientation field,
 * drawn in a fixed order from the finger's random stream, so the image generator and the
 * template-level generator give finger {@code n} of a seed the same pattern class, outline and
 * singular points (the images' ridge flow wobbles more, see {@link OrientationModel#random}).
 *
 * @param pattern Henry class
 * @param shape fingertip outline on the master canvas
 * @param orientation ridge flow
 */
record FingerGeometry(PatternClass pattern, FingerShape shape, OrientationModel orientation) {

    /**
     * @param grown whether ridges will be grown along the flow (images: a strong per-finger wobble,
     *     see {@link OrientationModel#random}) or minutiae scattered on it (templates: a weak one)
     */
    static FingerGeometry draw(int width, int height, boolean grown, SplittableRandom random) {
        PatternClass pattern = PatternClass.draw(random);
        FingerShape shape = FingerShape.random(width, height, random);
        OrientationModel orientation = OrientationModel.random(pattern, width, height, shape, grown, random);
        return new FingerGeometry(pattern, shape, orientation);
    }
}
