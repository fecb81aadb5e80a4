package org.openfid.identity.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openfid.identity.NumberRule;

class RidFormatTests {

    @Test
    void acceptsMosipsExample() {
        assertThat(RidSequence.violation("34532678970000120181122173040")).isNull();
    }

    @Test
    void namesTheBrokenRule() {
        assertThat(RidSequence.violation("3453267897000012018112217304")).isEqualTo(NumberRule.LENGTH);
        assertThat(RidSequence.violation("3453267897000012018112217304x")).isEqualTo(NumberRule.DIGITS);
        assertThat(RidSequence.violation("34532678970000120181322173040")).isEqualTo(NumberRule.TIMESTAMP);
        assertThat(RidSequence.violation("34532678970000120190229173040")).isEqualTo(NumberRule.TIMESTAMP);
        assertThat(RidSequence.violation("34532678970000120181122246040")).isEqualTo(NumberRule.TIMESTAMP);
    }
}
