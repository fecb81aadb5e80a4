package org.openfid.synth.fingers;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Template-level synthetic fingers for galleries too large to render and extract (100 thousand to a
 * million fingers): a master's minutiae over the whole fingertip and impressions of them as an
 * extractor would report them. Same seed and id give the same pattern class, outline and ridge flow
 * as {@link SyntheticFingers#master(long)} (not the same minutiae: those come from rendering).
 *
 * <p>Masters: 30-70 minutiae in a typical impression area (density varies per finger), a minimum
 * spacing of about one ridge period, directions along the orientation field, about 55 % ridge
 * endings. Impressions move and deform them with the same {@link ImpressionPose} as images, then
 * jitter positions and angles, drop some, flip some types, add a few spurious ones and keep what lies
 * in the contact area. Thread-safe.
 */
public final class SyntheticMinutiae {

    private static final long IMPRESSION_SALT = 3;
    private static final double MIN_SPACING = 11;

    private final long seed;

    public SyntheticMinutiae(long seed) {
        this.seed = seed;
    }

    public long seed() {
        return seed;
    }

    /** The master minutiae of a finger; the same id always gives the same minutiae. */
    public MasterMinutiae master(long fingerId) {
        long fingerSeed = Seeds.derive(seed, fingerId, SyntheticFingers.MASTER_SALT);
        SplittableRandom random = new SplittableRandom(fingerSeed);
        FingerGeometry geometry =
                FingerGeometry.draw(SyntheticFingers.CANVAS_WIDTH, SyntheticFingers.CANVAS_HEIGHT, false, random);
        SplittableRandom own = new SplittableRandom(Seeds.derive(fingerSeed, 0, IMPRESSION_SALT + 1));
        List<Minutia> minutiae = scatter(geometry, own);
        return new MasterMinutiae(
                fingerId, fingerSeed, geometry.pattern(), geometry.shape(), geometry.orientation(), minutiae);
    }

    /** Impression {@code impressionIndex}: 0 a careful enrolment, the others ordinary captures. */
    public MinutiaeTemplate impression(MasterMinutiae master, int impressionIndex) {
        return impression(
                master,
                impressionIndex,
                impressionIndex == 0 ? ImpressionSettings.enrolment() : ImpressionSettings.defaults());
    }

    /** Impression {@code impressionIndex} varied within the given settings. */
    public MinutiaeTemplate impression(MasterMinutiae master, int impressionIndex, ImpressionSettings settings) {
        Objects.requireNonNull(master, "master");
        Objects.requireNonNull(settings, "settings");
        if (impressionIndex < 0) {
            throw new IllegalArgumentException("Impression index must not be negative");
        }
        SplittableRandom random = new SplittableRandom(Seeds.derive(master.seed(), impressionIndex, IMPRESSION_SALT));
        ImpressionPose pose = ImpressionPose.draw(master.shape(), settings, random);
        return MinutiaeCapture.capture(master, pose, settings, random);
    }

    /** Poisson-disc scattering over the fingertip with a per-finger density. */
    private static List<Minutia> scatter(FingerGeometry geometry, SplittableRandom random) {
        FingerShape shape = geometry.shape();
        double density = (0.45 + random.nextDouble() * 0.4) / 1000;
        double area = Math.PI * shape.halfWidth() * (shape.topHalfHeight() + shape.bottomHalfHeight()) / 2;
        int target = (int) Math.round(area * density);
        List<Minutia> minutiae = new ArrayList<>(target);
        double left = shape.centreX() - shape.halfWidth();
        double top = shape.centreY() - shape.topHalfHeight();
        double spanY = shape.topHalfHeight() + shape.bottomHalfHeight();
        for (int attempt = 0; attempt < target * 30 && minutiae.size() < target; attempt++) {
            double x = left + random.nextDouble() * 2 * shape.halfWidth();
            double y = top + random.nextDouble() * spanY;
            if (shape.inside(x, y) > 0.01 && farFromAll(minutiae, x, y, MIN_SPACING)) {
                minutiae.add(along(geometry.orientation(), x, y, random));
            }
        }
        return minutiae;
    }

    private static Minutia along(OrientationModel orientation, double x, double y, SplittableRandom random) {
        double ridge = orientation.angle(x, y);
        double angle = -ridge + (random.nextBoolean() ? Math.PI : 0);
        Minutia.Type type = random.nextDouble() < 0.55 ? Minutia.Type.ENDING : Minutia.Type.BIFURCATION;
        return new Minutia(x, y, angle, type);
    }

    static boolean farFromAll(List<Minutia> minutiae, double x, double y, double spacing) {
        for (Minutia other : minutiae) {
            double dx = other.x() - x;
            double dy = other.y() - y;
            if (dx * dx + dy * dy < spacing * spacing) {
                return false;
            }
        }
        return true;
    }
}
