package org.openfid.synth.fingers;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.openfid.spi.biometrics.BiometricSubtype;
import org.openfid.spi.biometrics.iso.FingerMinutiaeRecord;
import org.openfid.spi.biometrics.iso.FingerView;
import org.openfid.spi.biometrics.iso.MinutiaType;

/**
 * A finger's minutiae as a template-level impression: what an extractor would have produced from a
 * {@code width x height} image at {@code ppi}. Plain values, so a caller can encode it as an
 * ISO/IEC 19794-2 record and import it into a matcher.
 *
 * @param width image width in pixels
 * @param height image height in pixels
 * @param ppi resolution (500)
 * @param minutiae the minutiae, all inside the image
 */
public record MinutiaeTemplate(int width, int height, int ppi, List<Minutia> minutiae) {

    public MinutiaeTemplate {
        Objects.requireNonNull(minutiae, "minutiae");
        if (width < 1 || height < 1 || ppi < 1) {
            throw new IllegalArgumentException("Template dimensions and resolution must be positive");
        }
        minutiae = List.copyOf(minutiae);
        for (Minutia minutia : minutiae) {
            if (minutia.x() < 0 || minutia.y() < 0 || minutia.x() >= width || minutia.y() >= height) {
                throw new IllegalArgumentException("Minutia outside the " + width + "x" + height + " image");
            }
        }
    }

    /**
     * This template as an ISO/IEC 19794-2 record with one live-plain view of {@code finger}, the form
     * matchers import (positions rounded to pixels, angles to 1.40625 degree units; at most 255
     * minutiae, the format's limit).
     */
    public FingerMinutiaeRecord toRecord(BiometricSubtype finger) {
        List<org.openfid.spi.biometrics.iso.Minutia> iso = new ArrayList<>();
        for (Minutia minutia : minutiae.subList(0, Math.min(minutiae.size(), 255))) {
            int x = Math.min(width - 1, (int) Math.round(minutia.x()));
            int y = Math.min(height - 1, (int) Math.round(minutia.y()));
            MinutiaType type = minutia.type() == Minutia.Type.ENDING ? MinutiaType.ENDING : MinutiaType.BIFURCATION;
            iso.add(new org.openfid.spi.biometrics.iso.Minutia(type, x, y, minutia.isoAngle(), 60));
        }
        return FingerMinutiaeRecord.of(width, height, ppi, List.of(FingerView.of(finger, 60, iso)));
    }
}
