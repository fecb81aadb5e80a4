package org.openfid.synth.fingers;

import java.util.SplittableRandom;

/**
 * Where and how a finger touched the sensor in one impression: shift, rotation, Cappelli's elastic
 * distortion (no displacement in the close-contact zone around the contact centre, a smoothly
 * growing drag, twist and random skin stretch outside it) and the contact outline. Maps image
 * pixels to master-canvas points and back; the image renderer and the template-level generator
 * share it, so both kinds of impression move and deform alike.
 */
final class ImpressionPose {

    /** Where the impression's centre falls on the master, above the finger's centre. */
    private static final double ANCHOR_RAISE = 20;

    private final FingerShape shape;
    private double centreX;
    private double centreY;
    private double anchorX;
    private double anchorY;
    private double cos;
    private double sin;
    private double twist;
    private double dragX;
    private double dragY;
    private double stretch;
    private double closeRadius;
    private double farRadius;
    private double contactCut;
    private double cutNormalX;
    private double cutNormalY;
    private double cutOffset;
    private SmoothNoise stretchX;
    private SmoothNoise stretchY;
    private SmoothNoise outline;

    private ImpressionPose(FingerShape shape) {
        this.shape = shape;
    }

    static ImpressionPose draw(FingerShape shape, ImpressionSettings settings, SplittableRandom random) {
        ImpressionPose pose = new ImpressionPose(shape);
        int width = settings.width();
        int height = settings.height();
        pose.centreX = width / 2.0 + symmetric(random, settings.translation());
        pose.centreY = height / 2.0 + symmetric(random, settings.translation());
        pose.anchorX = shape.centreX();
        pose.anchorY = shape.centreY() - ANCHOR_RAISE;
        double angle = Math.toRadians(symmetric(random, settings.rotationDegrees()));
        pose.cos = Math.cos(angle);
        pose.sin = Math.sin(angle);
        pose.drawDistortion(settings, width, height, random);
        pose.drawContact(settings, random);
        return pose;
    }

    private void drawDistortion(ImpressionSettings settings, int width, int height, SplittableRandom random) {
        double d = settings.distortion();
        double dragAngle = random.nextDouble() * 2 * Math.PI;
        double drag = d * (0.4 + 0.6 * random.nextDouble());
        dragX = drag * Math.cos(dragAngle);
        dragY = drag * Math.sin(dragAngle);
        twist = Math.toRadians(symmetric(random, d * 0.4));
        stretch = d * 0.6 * random.nextDouble();
        closeRadius = 50 + random.nextDouble() * 40;
        farRadius = closeRadius + 120 + random.nextDouble() * 80;
        stretchX = new SmoothNoise(width, height, 120, random);
        stretchY = new SmoothNoise(width, height, 120, random);
    }

    private void drawContact(ImpressionSettings settings, SplittableRandom random) {
        contactCut = 0.02 + random.nextDouble() * (0.05 + 0.25 * settings.partial());
        double normal = random.nextDouble() * 2 * Math.PI;
        cutNormalX = Math.cos(normal);
        cutNormalY = Math.sin(normal);
        boolean cut = random.nextDouble() < settings.partial() * 0.6;
        cutOffset = cut ? 60 + random.nextDouble() * (180 - 80 * settings.partial()) : 10_000;
        outline = new SmoothNoise(1024, 1024, 40, random);
    }

    /** Image pixel (u, v) to master canvas coordinates, written to {@code out}. */
    void map(double u, double v, double[] out) {
        double qx = u - centreX;
        double qy = v - centreY;
        double r = Math.sqrt(qx * qx + qy * qy);
        double s = smoothstep(closeRadius, farRadius, r);
        double t = -twist * s;
        double c = cos - sin * t;
        double n = sin + cos * t;
        out[0] = anchorX + c * qx + n * qy + s * (dragX + stretch * stretchX.at(u, v));
        out[1] = anchorY - n * qx + c * qy + s * (dragY + stretch * stretchY.at(u, v));
    }

    /**
     * Master canvas point to image pixel, written to {@code out}: the inverse of {@link #map}, found
     * by fixed-point iteration from the rigid inverse (the distortion is smooth and small).
     */
    void inverse(double x, double y, double[] out) {
        double u = centreX + cos * (x - anchorX) - sin * (y - anchorY);
        double v = centreY + sin * (x - anchorX) + cos * (y - anchorY);
        double[] mapped = new double[2];
        for (int i = 0; i < 8; i++) {
            map(u, v, mapped);
            double ex = x - mapped[0];
            double ey = y - mapped[1];
            u += cos * ex - sin * ey;
            v += sin * ex + cos * ey;
        }
        out[0] = u;
        out[1] = v;
    }

    /** Positive inside the contact area (about 0.05 is well inside), negative outside. */
    double contact(double x, double y, double u, double v) {
        double inside = shape.inside(x, y) - contactCut + 0.04 * outline.at(u, v);
        double cut = ((u - centreX) * cutNormalX + (v - centreY) * cutNormalY - cutOffset) / -150;
        return Math.min(inside, cut);
    }

    static double symmetric(SplittableRandom random, double amplitude) {
        return (random.nextDouble() * 2 - 1) * amplitude;
    }

    private static double smoothstep(double from, double to, double value) {
        double t = Math.max(0, Math.min(1, (value - from) / (to - from)));
        return t * t * (3 - 2 * t);
    }
}
