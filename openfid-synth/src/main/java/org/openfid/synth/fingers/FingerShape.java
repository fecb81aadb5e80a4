package org.openfid.synth.fingers;

import java.util.SplittableRandom;

/**
 * The outline of a fingertip on the master canvas, SFinGe style: an upper half-ellipse for the tip
 * and a taller lower half-ellipse towards the first crease, which usually leaves the image.
 *
 * @param centreX column of the centre
 * @param centreY row of the centre
 * @param halfWidth half the finger's width
 * @param topHalfHeight centre to tip
 * @param bottomHalfHeight centre to the lower end
 */
record FingerShape(double centreX, double centreY, double halfWidth, double topHalfHeight, double bottomHalfHeight) {

    /** A random finger of adult size at 500 ppi (about 12-15 mm wide), centred on the canvas. */
    static FingerShape random(int canvasWidth, int canvasHeight, SplittableRandom random) {
        double halfWidth = 125 + random.nextDouble() * 30;
        double top = 170 + random.nextDouble() * 40;
        double bottom = 280 + random.nextDouble() * 40;
        return new FingerShape(canvasWidth / 2.0, canvasHeight * 0.45, halfWidth, top, bottom);
    }

    /**
     * How far inside the outline (x, y) lies: 1 at the centre, 0 on the outline, negative outside;
     * an elliptic radius, so impressions can cut a smaller contact area with a threshold.
     */
    double inside(double x, double y) {
        double u = (x - centreX) / halfWidth;
        double v = (y - centreY) / (y < centreY ? topHalfHeight : bottomHalfHeight);
        return 1 - Math.sqrt(u * u + v * v);
    }
}
