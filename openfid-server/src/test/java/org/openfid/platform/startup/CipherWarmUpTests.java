package org.openfid.platform.startup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CipherWarmUpTests {

    @Test
    void everyWarmUpRoundOpensToWhatItSealed() {
        assertThat(CipherWarmUp.exercise(25)).isEqualTo(25);
    }
}
