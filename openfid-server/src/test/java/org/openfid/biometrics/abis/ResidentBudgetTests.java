package org.openfid.biometrics.abis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResidentBudgetTests {

    private static final long GIB = 1L << 30;

    @Test
    void theConfiguredCountIsCappedAtAQuarterOfTheHeap() {
        assertThat(AbisConfiguration.residentBudget(200_000, GIB))
                .isEqualTo(GIB / 4 / AbisConfiguration.TEMPLATE_BYTES);
        assertThat(AbisConfiguration.residentBudget(200_000, GIB) * AbisConfiguration.TEMPLATE_BYTES)
                .isLessThanOrEqualTo(GIB / 4);
    }

    @Test
    void aSmallerConfiguredCountOrALargeHeapKeepsTheConfiguredCount() {
        assertThat(AbisConfiguration.residentBudget(1_000, GIB)).isEqualTo(1_000);
        assertThat(AbisConfiguration.residentBudget(200_000, 16 * GIB)).isEqualTo(200_000);
        assertThat(AbisConfiguration.residentBudget(0, GIB)).isZero();
    }
}
