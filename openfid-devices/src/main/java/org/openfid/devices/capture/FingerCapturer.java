package org.openfid.devices.capture;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToIntFunction;
import org.openfid.spi.biometrics.GrayscaleImage;
import org.openfid.spi.biometrics.iso.FingerImageRecord;

/**
 * Captures fingers from the synthetic person: renders one impression per finger, scores each with
 * the real image quality algorithm, and retries with fresh impressions until the average score
 * reaches the requested score or the timeout runs out, then returns the best attempt (the SBI rule:
 * the best frame even when the requested score was not met, with its true score).
 *
 * <p>Every attempt uses new impression indices, shared by both devices, so retries and later
 * captures differ. At most {@link #MAX_ATTEMPTS} attempts are made, whatever the timeout.
 */
public final class FingerCapturer {

    static final int MAX_ATTEMPTS = 12;

    private final ToIntFunction<GrayscaleImage> quality;
    private final ImageFormat format;
    private final Clock clock;
    private final AtomicInteger nextImpression = new AtomicInteger(1);
    private volatile SyntheticSubject subject;

    /**
     * @param subject who stands at the devices
     * @param quality the image quality algorithm (0-100)
     */
    public FingerCapturer(SyntheticSubject subject, ToIntFunction<GrayscaleImage> quality, Clock clock) {
        this(subject, quality, ImageFormat.PNG, clock);
    }

    /**
     * @param format how the ISO records compress the image; for a lossy one the score is that of the
     *     decoded record, the image a server will see
     */
    public FingerCapturer(
            SyntheticSubject subject, ToIntFunction<GrayscaleImage> quality, ImageFormat format, Clock clock) {
        this.subject = subject;
        this.quality = quality;
        this.format = format;
        this.clock = clock;
    }

    /** Who stands at the devices now. */
    public SyntheticSubject subject() {
        return subject;
    }

    /** Puts another synthetic person at the devices (the station's "next applicant"). */
    public void present(SyntheticSubject next) {
        this.subject = next;
    }

    /** Captures these fingers; see the class comment for the retry rule. */
    public List<CapturedFinger> capture(List<FingerSlot> slots, int requestedScore, long timeoutMillis) {
        long deadline = clock.millis() + timeoutMillis;
        var person = subject;
        List<CapturedFinger> best = List.of();
        double bestAverage = -1;
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            var fingers = attempt(person, slots, quality);
            double average =
                    fingers.stream().mapToInt(CapturedFinger::quality).average().orElse(0);
            if (average > bestAverage) {
                best = fingers;
                bestAverage = average;
            }
            if (bestAverage >= requestedScore || clock.millis() >= deadline) {
                break;
            }
        }
        return best;
    }

    private List<CapturedFinger> attempt(
            SyntheticSubject person, List<FingerSlot> slots, ToIntFunction<GrayscaleImage> scorer) {
        var captured = new ArrayList<CapturedFinger>(slots.size());
        var time = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        for (var slot : slots) {
            var image = person.impression(slot.finger(), nextImpression.getAndIncrement());
            var encoded = format.represent(image, slot.reported());
            int score = scorer.applyAsInt(format.lossless() ? image : encoded.decode());
            var representation = encoded.withQuality(score).withCaptureTime(time);
            var record = FingerImageRecord.of(List.of(representation)).toBytes();
            captured.add(new CapturedFinger(slot, record, score));
        }
        return List.copyOf(captured);
    }
}
