package org.openfid.identity.numbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class VerhoeffTests {

    @Test
    void knownVectors() {
        assertThat(Verhoeff.checkDigit("236")).isEqualTo('3');
        assertThat(Verhoeff.checkDigit("12345")).isEqualTo('1');
        assertThat(Verhoeff.checkDigit("142857")).isEqualTo('0');
        assertThat(Verhoeff.checkDigit("75872")).isEqualTo('2');
        assertThat(Verhoeff.isValid("2363")).isTrue();
        assertThat(Verhoeff.isValid("123451")).isTrue();
        assertThat(Verhoeff.isValid("2364")).isFalse();
    }

    @Test
    void permutationTableIsThePowersOfTheFirstRow() {
        // p(i, j) = p(1, p(i - 1, j)): a row typed wrongly lets some transpositions through
        int[] first = {1, 5, 7, 6, 2, 8, 3, 0, 9, 4};
        for (int j = 0; j < 10; j++) {
            int value = j;
            for (int row = 1; row < 8; row++) {
                value = first[value];
            }
            assertThat(first[value]).as("p^8 is the identity on %d", j).isEqualTo(j);
        }
        for (int round = 0; round < 2000; round++) {
            String payload = Long.toString(1_000_000_000L + round * 7919L);
            String number = payload + Verhoeff.checkDigit(payload);
            for (int i = 0; i + 1 < number.length(); i++) {
                char[] swapped = number.toCharArray();
                if (swapped[i] != swapped[i + 1]) {
                    char kept = swapped[i];
                    swapped[i] = swapped[i + 1];
                    swapped[i + 1] = kept;
                    assertThat(Verhoeff.isValid(new String(swapped))).as(number).isFalse();
                }
            }
        }
    }

    @Test
    void catchesEverySingleDigitErrorAndAdjacentTransposition() {
        Random random = new Random(7);
        for (int round = 0; round < 500; round++) {
            char[] digits = new char[10];
            for (int i = 0; i < 9; i++) {
                digits[i] = (char) ('0' + random.nextInt(10));
            }
            digits[9] = Verhoeff.checkDigit(new String(digits, 0, 9));
            String valid = new String(digits);
            assertThat(Verhoeff.isValid(valid)).isTrue();
            int position = random.nextInt(10);
            char[] typo = valid.toCharArray();
            typo[position] = (char) ('0' + (typo[position] - '0' + 1 + random.nextInt(9)) % 10);
            assertThat(Verhoeff.isValid(new String(typo))).isFalse();
            int swap = random.nextInt(9);
            char[] swapped = valid.toCharArray();
            if (swapped[swap] != swapped[swap + 1]) {
                char kept = swapped[swap];
                swapped[swap] = swapped[swap + 1];
                swapped[swap + 1] = kept;
                assertThat(Verhoeff.isValid(new String(swapped))).isFalse();
            }
        }
    }

    @Test
    void refusesNonDigits() {
        assertThatThrownBy(() -> Verhoeff.checkDigit("12a")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Verhoeff.isValid("")).isFalse();
    }
}
