package org.openfid.synth.fingers;

import java.util.SplittableRandom;
import org.openfid.spi.biometrics.GrayscaleImage;

/**
 * Renders one impression of a master finger: every image pixel is mapped back onto the master
 * through the impression's {@link ImpressionPose}, and the ridge value found there is inked with the
 * impression's pressure (ridge thickness), dryness (broken ridges), contact outline and sensor noise.
 */
final class ImpressionRenderer {

    private static final double FADE = 0.1;

    GrayscaleImage render(MasterFinger master, ImpressionSettings settings, SplittableRandom random) {
        ImpressionPose pose = ImpressionPose.draw(master.shape(), settings, random);
        Ink ink = Ink.draw(settings, random);
        int width = settings.width();
        int height = settings.height();
        byte[] pixels = new byte[width * height];
        double[] mapped = new double[2];
        for (int v = 0; v < height; v++) {
            for (int u = 0; u < width; u++) {
                pose.map(u, v, mapped);
                double gray = ink.background + random.nextGaussian() * ink.grain;
                double contact = pose.contact(mapped[0], mapped[1], u, v);
                if (contact > 0) {
                    double fade = Math.min(1, contact / FADE);
                    gray -= fade * ink.darkness * ink.at(master.ridgeAt(mapped[0], mapped[1]), u, v);
                }
                pixels[v * width + u] = (byte) Math.max(0, Math.min(255, (int) Math.round(gray)));
            }
        }
        return new GrayscaleImage(width, height, 500, pixels);
    }

    /** How the skin and the sensor turn ridges into gray levels in one impression. */
    private static final class Ink {
        private double pressure;
        private double dryness;
        private double background;
        private double darkness;
        private double grain;
        private SmoothNoise pressureNoise;
        private SmoothNoise dryNoise;

        static Ink draw(ImpressionSettings settings, SplittableRandom random) {
            Ink ink = new Ink();
            double noise = settings.noise();
            ink.pressure = ImpressionPose.symmetric(random, 0.15 + 0.25 * noise);
            ink.dryness = noise * random.nextDouble() * 0.9;
            ink.background = 235 + random.nextDouble() * 15;
            ink.darkness = 150 + random.nextDouble() * 70 - 40 * noise * random.nextDouble();
            ink.grain = 3 + 12 * noise * random.nextDouble();
            ink.pressureNoise = new SmoothNoise(settings.width(), settings.height(), 60, random);
            ink.dryNoise = new SmoothNoise(settings.width(), settings.height(), 6 + 4 * random.nextDouble(), random);
            return ink;
        }

        /** Ink in [0, 1] for a ridge value in [-1, 1] (positive pressure thickens ridges). */
        double at(float ridge, int u, int v) {
            double level = ridge + pressure + 0.2 * pressureNoise.at(u, v);
            double ink = Math.max(0, Math.min(1, 0.5 + level * 1.4));
            double blot = dryNoise.at(u, v);
            return ink * (1 - dryness * Math.max(0, Math.min(1, blot * 2)));
        }
    }
}
