package org.openfid.biometrics;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.openfid.spi.biometrics.BiometricSample;
import org.openfid.spi.biometrics.BiometricSubtype;
import org.openfid.spi.biometrics.GrayscaleImage;
import org.openfid.spi.biometrics.SampleFormat;
import org.openfid.spi.biometrics.iso.FingerImageRecord;
import org.openfid.synth.fingers.MasterFinger;
import org.openfid.synth.fingers.SyntheticFingers;

/**
 * Synthetic finger samples for the biometrics tests, rendered once per JVM (rendering is the slow
 * part, so few fingers): four "people", person 0 with two fingers (right thumb, left index) and the
 * others with a right thumb, each finger a synthetic master, with an enrolment impression (0) and a
 * later capture of the same fingers (1) as ISO/IEC 19794-4 records. The masters are chosen so that
 * different people's fingers score below 20 against each other (synthetic fingers of this generator
 * can reach 50, which real different fingers rarely do).
 */
public final class Prints {

    private static final SyntheticFingers FINGERS = new SyntheticFingers(4242);
    private static final long[][] MASTERS = {{0, 7}, {2}, {6}, {4}};
    private static final Map<Long, MasterFinger> MASTER_CACHE = new ConcurrentHashMap<>();
    private static final Map<String, GrayscaleImage> IMAGES = new ConcurrentHashMap<>();
    private static final List<BiometricSubtype> POSITIONS =
            List.of(BiometricSubtype.RIGHT_THUMB, BiometricSubtype.LEFT_INDEX);

    private Prints() {}

    /** The finger samples of {@code person} (0-3) in capture {@code impression} (0 or 1). */
    public static List<BiometricSample> person(int person, int impression) {
        return java.util.stream.IntStream.range(0, MASTERS[person].length)
                .mapToObj(finger -> finger(person, finger, impression))
                .toList();
    }

    /** One finger sample: finger {@code finger} (0 right thumb, 1 left index) of {@code person}. */
    public static BiometricSample finger(int person, int finger, int impression) {
        var image = image(MASTERS[person][finger], impression);
        var position = POSITIONS.get(finger);
        return sample(image, position);
    }

    public static BiometricSample sample(GrayscaleImage image, BiometricSubtype position) {
        byte[] record = FingerImageRecord.of(image, position, org.openfid.spi.biometrics.iso.FingerImageCompression.PNG)
                .toBytes();
        return new BiometricSample(position, SampleFormat.ISO_19794_4_2011, record);
    }

    /** A white image: a valid record in which no minutia can be found. */
    public static BiometricSample blank(BiometricSubtype position) {
        byte[] pixels = new byte[300 * 400];
        java.util.Arrays.fill(pixels, (byte) 250);
        return sample(new GrayscaleImage(300, 400, 500, pixels), position);
    }

    private static GrayscaleImage image(long master, int impression) {
        return IMAGES.computeIfAbsent(
                master + "/" + impression,
                key -> FINGERS.impression(MASTER_CACHE.computeIfAbsent(master, FINGERS::master), impression));
    }
}
