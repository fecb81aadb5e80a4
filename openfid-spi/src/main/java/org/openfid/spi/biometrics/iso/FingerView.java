package org.openfid.spi.biometrics.iso;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.openfid.spi.biometrics.BiometricSubtype;
import org.openfid.spi.biometrics.BiometricType;

/**
 * One finger view of an ISO/IEC 19794-2 minutiae record: which finger, which capture of it, how good
 * it is and its minutiae.
 *
 * @param position finger position 0-10 (0 unknown)
 * @param viewNumber 0-15, numbering several views of the same finger from 0
 * @param impressionType 0 live plain, 1 live rolled, 2 non-live plain, 3 non-live rolled, 8 swipe
 * @param quality finger quality 0-100
 * @param minutiae at most 255
 * @param extendedData the view's extended data (ridge counts, cores and deltas...) kept opaque;
 *     usually empty
 * @since 0.4
 */
public record FingerView(
        int position, int viewNumber, int impressionType, int quality, List<Minutia> minutiae, byte[] extendedData) {

    public FingerView {
        minutiae = List.copyOf(minutiae);
        Objects.requireNonNull(extendedData, "extendedData");
        extendedData = extendedData.clone();
        check(position >= 0 && position <= 10, "Finger position is 0-10, got " + position);
        check(viewNumber >= 0 && viewNumber <= 15, "View number is 0-15, got " + viewNumber);
        check(knownImpression(impressionType), "Impression type is 0-3 or 8, got " + impressionType);
        check(quality >= 0 && quality <= 100, "Finger quality is 0-100, got " + quality);
        check(minutiae.size() <= 0xff, "At most 255 minutiae per view");
        check(extendedData.length <= 0xffff, "Extended data is at most 65535 bytes");
    }

    /** A live-plain first view of {@code finger} with these minutiae and no extended data. */
    public static FingerView of(BiometricSubtype finger, int quality, List<Minutia> minutiae) {
        check(finger.type() == BiometricType.FINGER, "Not a finger: " + finger);
        return new FingerView(finger.isoFingerPosition(), 0, 0, quality, minutiae, new byte[0]);
    }

    /** The finger this view shows (position 0 gives the unknown finger). */
    public Optional<BiometricSubtype> subtype() {
        return BiometricSubtype.ofIsoFingerPosition(position);
    }

    @Override
    public byte[] extendedData() {
        return extendedData.clone();
    }

    static boolean knownImpression(int code) {
        return (code >= 0 && code <= 3) || code == 8;
    }

    private static void check(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalArgumentException(problem);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FingerView that
                && position == that.position
                && viewNumber == that.viewNumber
                && impressionType == that.impressionType
                && quality == that.quality
                && minutiae.equals(that.minutiae)
                && Arrays.equals(extendedData, that.extendedData);
    }

    @Override
    public int hashCode() {
        return Objects.hash(position, viewNumber, impressionType, quality, minutiae, Arrays.hashCode(extendedData));
    }

    @Override
    public String toString() {
        return "FingerView[position " + position + ", view " + viewNumber + ", " + minutiae.size() + " minutiae]";
    }
}
