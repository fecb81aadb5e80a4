package org.openfid.identity.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openfid.identity.NumberRule;
import org.openfid.identity.NumberSettings;
import org.openfid.identity.NumberSettings.Filters;

class NumberRulesTests {

    private static final NumberRules UIN = NumberRules.uin(NumberSettings.defaults());
    private static final NumberRules VID = NumberRules.vid(NumberSettings.defaults());

    /** The payload with its Verhoeff check digit appended, so only the filter under test can fail. */
    static String checked(String payload) {
        return payload + Verhoeff.checkDigit(payload);
    }

    /** Filters with every rule off except the ones a case switches on. */
    private static Filters only(
            List<String> notStartWith,
            List<String> restricted,
            int sequence,
            int repeating,
            int block,
            int even,
            int digits,
            int reverse,
            boolean cyclic) {
        return new Filters(notStartWith, restricted, sequence, repeating, block, even, digits, reverse, cyclic);
    }

    private static final List<String> NONE = List.of();
    private static final Filters PREFIX = only(List.of("0", "1"), NONE, 0, 0, 0, 0, 0, 0, false);
    private static final Filters RESTRICTED = only(NONE, List.of("786", "666"), 0, 0, 0, 0, 0, 0, false);
    private static final Filters SEQUENCE = only(NONE, NONE, 3, 0, 0, 0, 0, 0, false);
    private static final Filters REPEATING = only(NONE, NONE, 0, 2, 0, 0, 0, 0, false);
    private static final Filters BLOCK = only(NONE, NONE, 0, 0, 2, 0, 0, 0, false);
    private static final Filters EVEN = only(NONE, NONE, 0, 0, 0, 3, 0, 0, false);
    private static final Filters CYCLIC = only(NONE, NONE, 0, 0, 0, 0, 0, 0, true);

    static Stream<Arguments> oneRuleEach() {
        return Stream.of(
                Arguments.of(PREFIX, "105937284", "205937284", NumberRule.NOT_START_WITH),
                Arguments.of(RESTRICTED, "230786159", "230768159", NumberRule.RESTRICTED_NUMBER),
                Arguments.of(RESTRICTED, "266651394", "265651394", NumberRule.RESTRICTED_NUMBER),
                Arguments.of(SEQUENCE, "250123749", "250133749", NumberRule.SEQUENCE_LIMIT),
                Arguments.of(SEQUENCE, "257890123", "257980142", NumberRule.SEQUENCE_LIMIT),
                Arguments.of(SEQUENCE, "253901428", "253910428", NumberRule.SEQUENCE_LIMIT),
                Arguments.of(SEQUENCE, "258765304", "258756304", NumberRule.SEQUENCE_LIMIT),
                Arguments.of(REPEATING, "255937284", "253957284", NumberRule.REPEATING_LIMIT),
                Arguments.of(REPEATING, "253537284", "253197284", NumberRule.REPEATING_LIMIT),
                Arguments.of(BLOCK, "259376259", "259376952", NumberRule.REPEATING_BLOCK_LIMIT),
                Arguments.of(EVEN, "248937150", "240937158", NumberRule.CONJUGATIVE_EVEN_DIGITS_LIMIT),
                Arguments.of(CYCLIC, "314285790", "314258790", NumberRule.CYCLIC_NUMBER));
    }

    @ParameterizedTest
    @MethodSource("oneRuleEach")
    void eachRuleRejectsItsCounterExampleAndPassesANearMiss(
            Filters filters, String badPayload, String goodPayload, NumberRule rule) {
        var rules = new NumberRules(10, filters);
        String bad = checked(badPayload);
        String good = checked(goodPayload);
        assertThat(rules.violation(bad)).isEqualTo(rule);
        assertThat(rules.violation(good)).isNull();
    }

    @Test
    void halvesRulesCompareFirstAndLastDigits() {
        var digits = new NumberRules(10, only(List.of(), List.of(), 0, 0, 0, 0, 5, 0, false));
        var reverse = new NumberRules(10, only(List.of(), List.of(), 0, 0, 0, 0, 0, 5, false));
        String repeated = halvesWithValidCheckDigit(false);
        String mirrored = halvesWithValidCheckDigit(true);
        assertThat(repeated.substring(0, 5)).isEqualTo(repeated.substring(5));
        assertThat(digits.violation(repeated)).isEqualTo(NumberRule.DIGITS_LIMIT);
        assertThat(reverse.violation(repeated)).isNull();
        assertThat(reverse.violation(mirrored)).isEqualTo(NumberRule.REVERSE_DIGITS_LIMIT);
        assertThat(digits.violation(checked("259372594"))).isNull();
    }

    /** The first number h + h (or h + reverse(h)) whose last digit is also its Verhoeff check digit. */
    private static String halvesWithValidCheckDigit(boolean reversed) {
        for (int h = 20000; h < 100000; h++) {
            String head = Integer.toString(h);
            String tail = reversed ? new StringBuilder(head).reverse().toString() : head;
            if (Verhoeff.checkDigit(head + tail.substring(0, 4)) == tail.charAt(4)) {
                return head + tail;
            }
        }
        throw new AssertionError("no such number");
    }

    @Test
    void lengthDigitsAndCheckDigitComeFirst() {
        assertThat(UIN.violation("123")).isEqualTo(NumberRule.LENGTH);
        assertThat(UIN.violation("25937284a1")).isEqualTo(NumberRule.DIGITS);
        String valid = checked("259372849");
        char wrong = (char) ('0' + (valid.charAt(9) - '0' + 1) % 10);
        assertThat(UIN.violation(valid.substring(0, 9) + wrong)).isEqualTo(NumberRule.CHECKSUM);
        assertThat(VID.violation(valid)).isEqualTo(NumberRule.LENGTH);
    }

    @Test
    void defaultRulesJudgeRealExamples() {
        assertThat(UIN.violation("0384055890")).isEqualTo(NumberRule.NOT_START_WITH);
        assertThat(UIN.violation("9876667596")).isEqualTo(NumberRule.RESTRICTED_NUMBER);
        assertThat(UIN.violation("8760605778")).isEqualTo(NumberRule.SEQUENCE_LIMIT);
        assertThat(UIN.violation("3226262609")).isEqualTo(NumberRule.REPEATING_LIMIT);
        assertThat(UIN.violation("5471935476")).isEqualTo(NumberRule.REPEATING_BLOCK_LIMIT);
        assertThat(UIN.violation("7648147369")).isEqualTo(NumberRule.CONJUGATIVE_EVEN_DIGITS_LIMIT);
        assertThat(UIN.violation("7618239849")).isNull();
        assertThat(VID.violation("2603903633108766")).isEqualTo(NumberRule.SEQUENCE_LIMIT);
        assertThat(VID.violation("7256947842132530")).isEqualTo(NumberRule.REPEATING_BLOCK_LIMIT);
        assertThat(VID.violation("6108542932497057")).isNull();
    }

    @Test
    void cyclicNumbersAreComputedForEveryLengthThatFits() {
        assertThat(NumberRules.cyclicNumbers(10)).containsExactly("142857");
        assertThat(NumberRules.cyclicNumbers(18)).containsExactly("142857", "0588235294117647", "052631578947368421");
        assertThat(NumberRules.cyclicNumbers(32))
                .hasSize(5)
                .allSatisfy(n -> assertThat(n).isNotEmpty());
    }
}
