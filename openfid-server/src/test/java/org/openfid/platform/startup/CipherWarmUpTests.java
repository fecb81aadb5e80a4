package org.openfid.platform.startup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CipherWarmUpTests {

    @Test
    void everyWarmUpRoundOpensToWhatItSealed() {
        // 200 rounds include two of the large buffers
        assertThat(CipherWarmUp.exercise(2 * CipherWarmUp.LARGE_EVERY)).isEqualTo(2 * CipherWarmUp.LARGE_EVERY);
    }
}
