package org.openfid.devices.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.openfid.biosdk.FingerprintQuality;
import org.openfid.spi.biometrics.BiometricSubtype;

/** The retry rule: stop at the requested score, else retry until the timeout and keep the best. */
class FingerCapturerTests {

    static final FingerprintQuality QUALITY = new FingerprintQuality();
    static final List<FingerSlot> LEFT_THUMB =
            List.of(new FingerSlot(BiometricSubtype.LEFT_THUMB, BiometricSubtype.LEFT_THUMB));
    final SyntheticSubject subject = new SyntheticSubject(11, 0, finger -> 40 + finger.isoFingerPosition());

    @Test
    void aReachableScoreIsMetByTheFirstImpression() {
        var capturer =
                new FingerCapturer(subject, image -> QUALITY.assess(image).score(), Clock.systemUTC());

        var captured = capturer.capture(LEFT_THUMB, 0, 60_000);

        assertThat(captured.getFirst().quality()).isEqualTo(score(1));
        assertThat(capturer.capture(LEFT_THUMB, 0, 60_000).getFirst().quality()).isEqualTo(score(2));
    }

    @Test
    void anUnreachableScoreRetriesAndReturnsTheBestImpression() {
        var frozen = Clock.fixed(Instant.parse("2026-11-22T08:00:00Z"), ZoneOffset.UTC);
        var capturer =
                new FingerCapturer(subject, image -> QUALITY.assess(image).score(), frozen);

        var captured = capturer.capture(LEFT_THUMB, 101, 60_000);

        int best = IntStream.rangeClosed(1, FingerCapturer.MAX_ATTEMPTS)
                .map(this::score)
                .max()
                .orElseThrow();
        assertThat(captured.getFirst().quality()).isEqualTo(best);
    }

    @Test
    void theTimeoutStopsTheRetries() {
        var capturer =
                new FingerCapturer(subject, image -> QUALITY.assess(image).score(), new StepClock());

        var captured = capturer.capture(LEFT_THUMB, 101, 2_500);

        assertThat(captured.getFirst().quality()).isEqualTo(Math.max(score(1), score(2)));
        assertThat(capturer.capture(LEFT_THUMB, 0, 1).getFirst().quality()).isEqualTo(score(3));
    }

    private int score(int impression) {
        return QUALITY.assess(subject.impression(BiometricSubtype.LEFT_THUMB, impression))
                .score();
    }

    /** A clock one second further on each read: deadline at 3.5 s, checks at 3 s and 5 s, so two attempts. */
    static final class StepClock extends Clock {
        private Instant now = Instant.parse("2026-11-22T08:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public synchronized Instant instant() {
            now = now.plus(Duration.ofSeconds(1));
            return now;
        }
    }
}
