package org.openfid.synth.fingers;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The ridge orientation field of a master finger.
 *
 * <p>Fingers with singular points use the zero-pole model (each core adds half the argument of the
 * point seen from it, each delta subtracts it) with Sherlock and Monro's correction: the argument
 * goes through a random monotone piecewise-linear map per singular point, so loops and whorls are not
 * all the same perfect shape. Plain arches have no singular point; their ridges follow a hump whose
 * height fades towards the tip and the crease, which the zero-pole model cannot express.
 */
final class OrientationModel {

    private static final int ANCHORS = 8;
    /** Largest Sherlock-Monro shift of a singular point's argument, radians. */
    private static final double CORRECTION = 0.5;

    private final List<SingularPoint> points;
    private final double[][] corrections;
    private final FingerShape shape;
    private final double archHeight;
    private final double archWidth;
    private final double archCentre;
    private final double tilt;
    private final double wobble;
    private final SmoothNoise wobbleNoise;

    private OrientationModel(
            List<SingularPoint> points,
            double[][] corrections,
            FingerShape shape,
            double archHeight,
            double archWidth,
            double archCentre,
            double tilt,
            double wobble,
            SmoothNoise wobbleNoise) {
        this.points = List.copyOf(points);
        this.corrections = corrections;
        this.shape = shape;
        this.archHeight = archHeight;
        this.archWidth = archWidth;
        this.archCentre = archCentre;
        this.tilt = tilt;
        this.wobble = wobble;
        this.wobbleNoise = wobbleNoise;
    }

    /**
     * A random field of the given class on the given finger shape. Besides the singular points, each
     * finger gets its own tilt of the whole pattern and a slow random wobble of the directions: without
     * them two loops with similar core and delta positions have nearly the same ridge flow, and a
     * matcher finds chance minutiae pairings between different fingers far more often than between
     * real ones. The wobble is strong (0.85-1.3 rad) and its feature size varies per finger (55-95
     * px): ridge growth puts minutiae where the flow converges or diverges, so it is the wobble that
     * makes each finger's minutiae its own; with a weak one (0.35-0.55 rad, fixed 70 px) the minutiae
     * sat where the loop geometry forces them, alike in every loop, and 0.3 % of impostor pairs
     * scored 40 or more with SourceAFIS (ADR 0007). Template-level minutiae are placed at random, not
     * by the flow, so they keep the weak wobble ({@code grown} false) and their tuned figures.
     */
    static OrientationModel random(
            PatternClass pattern, int width, int height, FingerShape shape, boolean grown, SplittableRandom random) {
        List<SingularPoint> points = SingularPlacement.place(pattern, shape, random);
        double[][] corrections = new double[points.size()][ANCHORS + 1];
        for (double[] anchor : corrections) {
            for (int k = 1; k < ANCHORS; k++) {
                anchor[k] = (random.nextDouble() * 2 - 1) * (grown ? CORRECTION : 0.3);
            }
        }
        double archHeight = 0.55 + random.nextDouble() * 0.6;
        double archWidth = shape.halfWidth() * (0.45 + random.nextDouble() * 0.25);
        double archCentre = shape.centreX() + (random.nextDouble() * 2 - 1) * shape.halfWidth() * 0.15;
        double tilt = (random.nextDouble() * 2 - 1) * 0.25;
        double wobble = grown ? 0.85 + random.nextDouble() * 0.45 : 0.35 + random.nextDouble() * 0.2;
        double cell = grown ? 55 + random.nextDouble() * 40 : 70;
        SmoothNoise wobbleNoise = new SmoothNoise(width, height, cell, random);
        return new OrientationModel(
                points, corrections, shape, archHeight, archWidth, archCentre, tilt, wobble, wobbleNoise);
    }

    List<SingularPoint> singularPoints() {
        return points;
    }

    /** The ridge direction at (x, y) in radians, in [0, pi). */
    double angle(double x, double y) {
        double theta = points.isEmpty() ? archAngle(x, y) : zeroPoleAngle(x, y);
        theta += tilt + wobble * wobbleNoise.at(x, y);
        theta %= Math.PI;
        return theta < 0 ? theta + Math.PI : theta;
    }

    private double zeroPoleAngle(double x, double y) {
        double sum = 0;
        for (int i = 0; i < points.size(); i++) {
            SingularPoint point = points.get(i);
            double argument = corrected(Math.atan2(y - point.y(), x - point.x()), corrections[i]);
            sum += point.kind() == SingularPoint.Kind.CORE ? argument : -argument;
        }
        return sum / 2;
    }

    /** Sherlock-Monro: a monotone piecewise-linear map of [-pi, pi] onto itself. */
    private static double corrected(double argument, double[] anchor) {
        double step = 2 * Math.PI / ANCHORS;
        double position = (argument + Math.PI) / step;
        int k = Math.min(ANCHORS - 1, Math.max(0, (int) position));
        double fraction = position - k;
        return argument + anchor[k] * (1 - fraction) + anchor[k + 1] * fraction;
    }

    private double archAngle(double x, double y) {
        double top = shape.centreY() - shape.topHalfHeight();
        double relative = (y - top) / (shape.topHalfHeight() + shape.bottomHalfHeight());
        double fade = Math.max(0, Math.min(1, relative * 2.2)) * Math.max(0, 1 - relative * 0.9);
        double u = (x - archCentre) / archWidth;
        double slope = archHeight * fade * u * Math.exp(-u * u / 2);
        return Math.atan(slope);
    }
}
