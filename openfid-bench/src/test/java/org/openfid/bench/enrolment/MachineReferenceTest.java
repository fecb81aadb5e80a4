package org.openfid.bench.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The machine reference extracts real templates and reports a plausible CPU time for ten fingers. */
class MachineReferenceTest {

    @Test
    void tenFingerExtractionTakesMeasurableCpuTime() {
        double seconds = new MachineReference().tenFingerSeconds(0, 1);

        // ten SourceAFIS extractions take tens of milliseconds at least, and far less than a minute
        assertThat(seconds).isBetween(0.01, 60.0);
    }
}
