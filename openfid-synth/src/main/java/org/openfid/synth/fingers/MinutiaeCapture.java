package org.openfid.synth.fingers;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What an extractor reports from one impression of a template-level finger: the master's minutiae
 * moved by the pose, with the errors real extraction makes (position and angle jitter, missed
 * minutiae, ending/bifurcation confusion, spurious minutiae), limited to the contact area.
 */
final class MinutiaeCapture {

    /** Minutiae closer than this to the image border or the contact outline are not reported. */
    private static final double BORDER = 8;

    private MinutiaeCapture() {}

    static MinutiaeTemplate capture(
            MasterMinutiae master, ImpressionPose pose, ImpressionSettings settings, SplittableRandom random) {
        double noise = settings.noise();
        double positionJitter = 1.2 + 1.8 * noise;
        double angleJitter = Math.toRadians(4 + 6 * noise);
        double dropout = 0.05 + 0.2 * noise * random.nextDouble();
        List<Minutia> reported = new ArrayList<>();
        double[] image = new double[2];
        double[] back = new double[2];
        for (Minutia minutia : master.minutiae()) {
            if (random.nextDouble() < dropout) {
                continue;
            }
            pose.inverse(minutia.x(), minutia.y(), image);
            double u = image[0] + random.nextGaussian() * positionJitter;
            double v = image[1] + random.nextGaussian() * positionJitter;
            if (!visible(pose, settings, u, v, back)) {
                continue;
            }
            double angle = movedAngle(pose, minutia, image) + random.nextGaussian() * angleJitter;
            Minutia.Type type = random.nextDouble() < 0.1 ? flip(minutia.type()) : minutia.type();
            reported.add(new Minutia(u, v, angle, type));
        }
        addSpurious(master, pose, settings, random, reported);
        return new MinutiaeTemplate(settings.width(), settings.height(), 500, reported);
    }

    /** The master direction carried through the pose: map a point a few pixels along it. */
    private static double movedAngle(ImpressionPose pose, Minutia minutia, double[] image) {
        double[] ahead = new double[2];
        pose.inverse(minutia.x() + 6 * Math.cos(minutia.angle()), minutia.y() - 6 * Math.sin(minutia.angle()), ahead);
        return Math.atan2(-(ahead[1] - image[1]), ahead[0] - image[0]);
    }

    private static boolean visible(
            ImpressionPose pose, ImpressionSettings settings, double u, double v, double[] master) {
        if (u < BORDER || v < BORDER || u >= settings.width() - BORDER || v >= settings.height() - BORDER) {
            return false;
        }
        pose.map(u, v, master);
        return pose.contact(master[0], master[1], u, v) > 0.04;
    }

    private static void addSpurious(
            MasterMinutiae master,
            ImpressionPose pose,
            ImpressionSettings settings,
            SplittableRandom random,
            List<Minutia> reported) {
        int count = random.nextInt(1 + (int) Math.round(2 + 6 * settings.noise()));
        double[] at = new double[2];
        for (int attempt = 0; attempt < count * 20 && count > 0; attempt++) {
            double u = random.nextDouble() * settings.width();
            double v = random.nextDouble() * settings.height();
            if (visible(pose, settings, u, v, at) && SyntheticMinutiae.farFromAll(reported, u, v, 8)) {
                double ridge = master.orientation().angle(at[0], at[1]);
                Minutia probe = new Minutia(
                        at[0],
                        at[1],
                        -ridge + (random.nextBoolean() ? Math.PI : 0),
                        random.nextBoolean() ? Minutia.Type.ENDING : Minutia.Type.BIFURCATION);
                double[] image = {u, v};
                reported.add(new Minutia(u, v, movedAngle(pose, probe, image), probe.type()));
                count--;
            }
        }
    }

    private static Minutia.Type flip(Minutia.Type type) {
        return type == Minutia.Type.ENDING ? Minutia.Type.BIFURCATION : Minutia.Type.ENDING;
    }
}
