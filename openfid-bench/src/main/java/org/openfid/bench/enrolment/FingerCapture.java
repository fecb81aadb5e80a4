package org.openfid.bench.enrolment;

import java.util.concurrent.atomic.AtomicInteger;
import org.openfid.biosdk.FingerprintQuality;
import org.openfid.spi.biometrics.BiometricSubtype;
import org.openfid.spi.biometrics.GrayscaleImage;
import org.openfid.synth.people.SyntheticPerson;
import org.openfid.synth.people.SyntheticPopulation;

/**
 * What a registration client's capture screen does with each finger, as MOSIP's does: the device
 * scores the capture, and a capture below the station's threshold is taken again, up to {@link
 * #ATTEMPTS} times, keeping the best; the packet then declares the measured quality. Without it a
 * synthetic finger that happens to render poorly reaches the platform's quality stage, which pauses
 * the whole case for a biometric correction, which no operator at a real station would have let
 * happen. Thread-safe; counts re-captures for the report.
 */
final class FingerCapture {

    /** The station's threshold, the platform's default {@code openfid.enrolment.minimum-finger-quality}. */
    static final int THRESHOLD = 30;

    static final int ATTEMPTS = 3;

    /** Impression indices of re-captures: far from any index the population itself uses. */
    private static final int RECAPTURE_STRIDE = 1_000;

    /**
     * One kept capture.
     *
     * @param image the image
     * @param quality its score by the device's quality measure
     */
    record Capture(GrayscaleImage image, int quality) {}

    private final SyntheticPopulation population;
    private final FingerprintQuality quality = new FingerprintQuality();
    private final AtomicInteger recaptures = new AtomicInteger();
    private final AtomicInteger stillPoor = new AtomicInteger();

    FingerCapture(SyntheticPopulation population) {
        this.population = population;
    }

    /** The best of up to {@link #ATTEMPTS} captures, stopping at the first one at or above the threshold. */
    Capture capture(SyntheticPerson person, BiometricSubtype finger) {
        Capture best = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int impression = person.fingerImpression() + attempt * RECAPTURE_STRIDE;
            GrayscaleImage image = population.fingerImage(person, finger, impression);
            var capture = new Capture(image, quality.assess(image).score());
            if (best == null || capture.quality() > best.quality()) {
                best = capture;
            }
            if (best.quality() >= THRESHOLD) {
                return best;
            }
            if (attempt + 1 < ATTEMPTS) {
                recaptures.incrementAndGet();
            }
        }
        stillPoor.incrementAndGet();
        return best;
    }

    /** Fingers captured again because the first capture was below the threshold. */
    int recaptures() {
        return recaptures.get();
    }

    /** Fingers still below the threshold after every attempt (sent anyway, as an operator may). */
    int stillPoor() {
        return stillPoor.get();
    }
}
