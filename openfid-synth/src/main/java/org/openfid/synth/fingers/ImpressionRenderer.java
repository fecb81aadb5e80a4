package org.openfid.synth.fingers;

import java.util.SplittableRandom;
import org.openfid.spi.biometrics.GrayscaleImage;

/**
 * Renders one impression of a master finger. Every output pixel is mapped back onto the master
 * canvas through a pose (shift and rotation), Cappelli's elastic model (no displacement in the close
 * contact zone around the contact centre, a smoothly growing drag, twist and random skin stretch
 * outside it), then the ridge value found there is inked with the impression's pressure (ridge
 * thickness), dryness (broken ridges), contact outline and sensor noise.
 */
final class ImpressionRenderer {

    /** Where the impression's centre falls on the master, relative to the finger's centre. */
    private static final double ANCHOR_RAISE = 20;

    GrayscaleImage render(MasterFinger master, ImpressionSettings settings, SplittableRandom random) {
        Pose pose = Pose.draw(master, settings, random);
        int width = settings.width();
        int height = settings.height();
        byte[] pixels = new byte[width * height];
        double[] mapped = new double[2];
        for (int v = 0; v < height; v++) {
            for (int u = 0; u < width; u++) {
                pose.map(u, v, mapped);
                double gray = pose.background + random.nextGaussian() * pose.grain;
                double contact = pose.contact(master.shape(), mapped[0], mapped[1], u, v);
                if (contact > 0) {
                    double fade = Math.min(1, contact / 0.05);
                    gray -= fade * pose.darkness * pose.ink(master.ridgeAt(mapped[0], mapped[1]), u, v);
                }
                pixels[v * width + u] = (byte) Math.max(0, Math.min(255, (int) Math.round(gray)));
            }
        }
        return new GrayscaleImage(width, height, 500, pixels);
    }

    /** Everything random about one impression, drawn once. */
    private static final class Pose {
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
        private double pressure;
        private double dryness;
        private double background;
        private double darkness;
        private double grain;
        private SmoothNoise stretchX;
        private SmoothNoise stretchY;
        private SmoothNoise outline;
        private SmoothNoise pressureNoise;
        private SmoothNoise dryNoise;

        static Pose draw(MasterFinger master, ImpressionSettings settings, SplittableRandom random) {
            Pose pose = new Pose();
            int width = settings.width();
            int height = settings.height();
            FingerShape shape = master.shape();
            pose.centreX = width / 2.0 + symmetric(random, settings.translation());
            pose.centreY = height / 2.0 + symmetric(random, settings.translation());
            pose.anchorX = shape.centreX();
            pose.anchorY = shape.centreY() - ANCHOR_RAISE;
            double angle = Math.toRadians(symmetric(random, settings.rotationDegrees()));
            pose.cos = Math.cos(angle);
            pose.sin = Math.sin(angle);
            pose.drawDistortion(settings, width, height, random);
            pose.drawContact(settings, random);
            pose.drawInk(settings, width, height, random);
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

        private void drawInk(ImpressionSettings settings, int width, int height, SplittableRandom random) {
            double noise = settings.noise();
            pressure = symmetric(random, 0.15 + 0.25 * noise);
            dryness = noise * random.nextDouble() * 0.9;
            background = 235 + random.nextDouble() * 15;
            darkness = 150 + random.nextDouble() * 70 - 40 * noise * random.nextDouble();
            grain = 3 + 12 * noise * random.nextDouble();
            pressureNoise = new SmoothNoise(width, height, 60, random);
            dryNoise = new SmoothNoise(width, height, 6 + 4 * random.nextDouble(), random);
        }

        /** Output pixel (u, v) to master canvas coordinates. */
        void map(int u, int v, double[] out) {
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

        /** Positive inside the contact area (about 0.05 is well inside), negative outside. */
        double contact(FingerShape shape, double x, double y, int u, int v) {
            double inside = shape.inside(x, y) - contactCut + 0.04 * outline.at(u, v);
            double cut = ((u - centreX) * cutNormalX + (v - centreY) * cutNormalY - cutOffset) / -150;
            return Math.min(inside, cut);
        }

        /** Ink in [0, 1] for a ridge value in [-1, 1]. */
        double ink(float ridge, int u, int v) {
            double level = ridge + pressure + 0.2 * pressureNoise.at(u, v);
            double ink = Math.max(0, Math.min(1, 0.5 + level * 1.4));
            double blot = dryNoise.at(u, v);
            return ink * (1 - dryness * Math.max(0, Math.min(1, blot * 2)));
        }

        private static double symmetric(SplittableRandom random, double amplitude) {
            return (random.nextDouble() * 2 - 1) * amplitude;
        }

        private static double smoothstep(double from, double to, double value) {
            double t = Math.max(0, Math.min(1, (value - from) / (to - from)));
            return t * t * (3 - 2 * t);
        }
    }
}
