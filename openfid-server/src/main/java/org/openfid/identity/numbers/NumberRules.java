package org.openfid.identity.numbers;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openfid.identity.NumberRule;
import org.openfid.identity.NumberSettings;

/**
 * MOSIP's UIN and VID rules as plain loops over the digits. MOSIP applies them as regular expressions
 * with back-references ({@code (\d{2,}).*?\1}), which backtrack; here each rule is one pass (the
 * repeated-block rule two nested ones over at most 32 digits), so a candidate is judged in well
 * under a microsecond and generation is limited by the random source, not by the filters.
 */
public final class NumberRules {

    private final int length;
    private final byte[][] notStartWith;
    private final byte[][] restricted;
    private final int sequenceLimit;
    private final int repeatingLimit;
    private final int repeatingBlockLimit;
    private final int evenLimit;
    private final int digitsLimit;
    private final int reverseDigitsLimit;
    private final byte[][] cyclic;

    public NumberRules(int length, NumberSettings.Filters filters) {
        this.length = length;
        this.notStartWith = toDigits(filters.notStartWith());
        this.restricted = toDigits(filters.restrictedNumbers());
        this.sequenceLimit = filters.sequenceLimit();
        this.repeatingLimit = filters.repeatingLimit();
        this.repeatingBlockLimit = filters.repeatingBlockLimit();
        this.evenLimit = filters.conjugativeEvenDigitsLimit();
        this.digitsLimit = filters.digitsLimit();
        this.reverseDigitsLimit = filters.reverseDigitsLimit();
        this.cyclic = filters.cyclicNumbers() ? toDigits(cyclicNumbers(length)) : new byte[0][];
    }

    /** The UIN rules of {@code settings}. */
    public static NumberRules uin(NumberSettings settings) {
        return new NumberRules(settings.uinLength(), settings.uin());
    }

    /** The VID rules of {@code settings}. */
    public static NumberRules vid(NumberSettings settings) {
        return new NumberRules(settings.vid().length(), settings.vid().filters());
    }

    public int length() {
        return length;
    }

    /** The first rule {@code value} breaks: length, digits, check digit, then the filters. */
    public @Nullable NumberRule violation(String value) {
        if (value.length() != length) {
            return NumberRule.LENGTH;
        }
        byte[] digits = new byte[length];
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return NumberRule.DIGITS;
            }
            digits[i] = (byte) (c - '0');
        }
        if (Verhoeff.checkDigit(digits, length - 1) != digits[length - 1]) {
            return NumberRule.CHECKSUM;
        }
        return brokenFilter(digits);
    }

    /** The first filter {@code digits} (exactly {@link #length()} of them, 0-9 each) breaks. */
    public @Nullable NumberRule brokenFilter(byte[] digits) {
        if (startsWithAny(digits, notStartWith)) {
            return NumberRule.NOT_START_WITH;
        }
        if (containsAny(digits, restricted)) {
            return NumberRule.RESTRICTED_NUMBER;
        }
        if (sequenceLimit > 0 && hasSequence(digits)) {
            return NumberRule.SEQUENCE_LIMIT;
        }
        if (repeatingLimit > 0 && hasRepeat(digits)) {
            return NumberRule.REPEATING_LIMIT;
        }
        if (repeatingBlockLimit > 0 && hasRepeatedBlock(digits)) {
            return NumberRule.REPEATING_BLOCK_LIMIT;
        }
        if (evenLimit > 0 && hasEvenRun(digits)) {
            return NumberRule.CONJUGATIVE_EVEN_DIGITS_LIMIT;
        }
        if (digitsLimit > 0 && digitsLimit <= length && firstEqualsLast(digits, digitsLimit, false)) {
            return NumberRule.DIGITS_LIMIT;
        }
        if (reverseDigitsLimit > 0
                && reverseDigitsLimit <= length
                && firstEqualsLast(digits, reverseDigitsLimit, true)) {
            return NumberRule.REVERSE_DIGITS_LIMIT;
        }
        if (containsAny(digits, cyclic)) {
            return NumberRule.CYCLIC_NUMBER;
        }
        return null;
    }

    /**
     * Whether the digits up to {@code i} already break a rule that looks only at digits up to
     * {@code i}: a repeat, a run, a restricted number or repeated block ending at {@code i}, a
     * refused prefix. Sound (it never condemns a prefix of a valid number), so a generator may
     * restart as soon as it answers true and still draw every valid number with equal probability.
     */
    public boolean brokenAt(byte[] d, int i) {
        byte digit = d[i];
        for (int k = 1; k <= repeatingLimit && k <= i; k++) {
            if (d[i - k] == digit) {
                return true;
            }
        }
        return runEndsAt(d, i)
                || endsWithAny(d, i, restricted)
                || startsWithAnyOfLength(d, i + 1)
                || (repeatingBlockLimit > 0 && blockRepeatsAt(d, i));
    }

    private boolean runEndsAt(byte[] d, int i) {
        if (sequenceLimit > 1 && i + 1 >= sequenceLimit) {
            boolean up = true;
            boolean down = true;
            for (int k = i - sequenceLimit + 2; k <= i; k++) {
                up &= d[k] == (d[k - 1] + 1) % 10;
                down &= d[k] == (d[k - 1] + 9) % 10;
            }
            if (up || down) {
                return true;
            }
        }
        if (evenLimit > 0 && i + 1 >= evenLimit) {
            for (int k = i - evenLimit + 1; k <= i; k++) {
                if (d[k] == 0 || (d[k] & 1) != 0) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private boolean blockRepeatsAt(byte[] d, int i) {
        int block = repeatingBlockLimit;
        int start = i - block + 1;
        for (int j = 0; j + block <= start; j++) {
            if (regionEquals(d, j, d, start, block)) {
                return true;
            }
        }
        return false;
    }

    private boolean endsWithAny(byte[] d, int i, byte[][] needles) {
        for (byte[] needle : needles) {
            int from = i + 1 - needle.length;
            if (from >= 0 && regionEquals(d, from, needle, 0, needle.length)) {
                return true;
            }
        }
        return false;
    }

    private boolean startsWithAnyOfLength(byte[] d, int count) {
        for (byte[] prefix : notStartWith) {
            if (prefix.length == count && regionEquals(d, 0, prefix, 0, count)) {
                return true;
            }
        }
        return false;
    }

    /** {@code sequenceLimit} digits each one more (or each one less) than the previous, 9 wrapping to 0. */
    private boolean hasSequence(byte[] d) {
        int up = 1;
        int down = 1;
        for (int i = 1; i < length; i++) {
            up = d[i] == (d[i - 1] + 1) % 10 ? up + 1 : 1;
            down = d[i] == (d[i - 1] + 9) % 10 ? down + 1 : 1;
            if (up >= sequenceLimit || down >= sequenceLimit) {
                return true;
            }
        }
        return sequenceLimit <= 1;
    }

    /** MOSIP's {@code (\d)\d{0,limit-1}\1}: the same digit again within {@code repeatingLimit} places. */
    private boolean hasRepeat(byte[] d) {
        for (int i = 0; i < length; i++) {
            int end = Math.min(length - 1, i + repeatingLimit);
            for (int j = i + 1; j <= end; j++) {
                if (d[i] == d[j]) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * MOSIP's {@code (\d{limit,}).*?\1}: a block of at least {@code limit} digits appearing again
     * after it ends. A longer repeated block contains a repeated block of exactly {@code limit}
     * digits, so comparing blocks of that length finds every match the expression finds.
     */
    private boolean hasRepeatedBlock(byte[] d) {
        int block = repeatingBlockLimit;
        for (int i = 0; i + 2 * block <= length; i++) {
            for (int j = i + block; j + block <= length; j++) {
                if (regionEquals(d, i, d, j, block)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** MOSIP's {@code [2468]{limit}}: zero does not count as even there, and not here either. */
    private boolean hasEvenRun(byte[] d) {
        int run = 0;
        for (int i = 0; i < length; i++) {
            byte v = d[i];
            run = v != 0 && (v & 1) == 0 ? run + 1 : 0;
            if (run >= evenLimit) {
                return true;
            }
        }
        return false;
    }

    private boolean firstEqualsLast(byte[] d, int count, boolean reversed) {
        for (int i = 0; i < count; i++) {
            int last = reversed ? length - 1 - i : length - count + i;
            if (d[i] != d[last]) {
                return false;
            }
        }
        return true;
    }

    private boolean startsWithAny(byte[] d, byte[][] prefixes) {
        for (byte[] prefix : prefixes) {
            if (prefix.length <= length && regionEquals(d, 0, prefix, 0, prefix.length)) {
                return true;
            }
        }
        return false;
    }

    private boolean containsAny(byte[] d, byte[][] needles) {
        for (byte[] needle : needles) {
            for (int i = 0; i + needle.length <= length; i++) {
                if (regionEquals(d, i, needle, 0, needle.length)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean regionEquals(byte[] a, int from, byte[] b, int bFrom, int count) {
        for (int k = 0; k < count; k++) {
            if (a[from + k] != b[bFrom + k]) {
                return false;
            }
        }
        return true;
    }

    private static byte[][] toDigits(List<String> values) {
        byte[][] result = new byte[values.size()][];
        for (int i = 0; i < result.length; i++) {
            String value = values.get(i);
            result[i] = new byte[value.length()];
            for (int k = 0; k < value.length(); k++) {
                result[i][k] = (byte) (value.charAt(k) - '0');
            }
        }
        return result;
    }

    /**
     * The cyclic numbers that fit in {@code maxLength} digits: (10^(p-1) - 1) / p, padded to p - 1
     * digits, for every full-reptend prime p (10 generates the multiplicative group mod p): 142857
     * for 7, 0588235294117647 for 17, and so on. MOSIP lists them by hand; computing them cannot
     * miss one.
     */
    static List<String> cyclicNumbers(int maxLength) {
        List<String> numbers = new ArrayList<>();
        for (int p = 3; p - 1 <= maxLength; p++) {
            if (BigInteger.valueOf(p).isProbablePrime(30) && p != 5 && tenHasFullOrder(p)) {
                BigInteger repunit = BigInteger.TEN.pow(p - 1).subtract(BigInteger.ONE);
                String digits = repunit.divide(BigInteger.valueOf(p)).toString();
                numbers.add("0".repeat(p - 1 - digits.length()) + digits);
            }
        }
        return List.copyOf(numbers);
    }

    private static boolean tenHasFullOrder(int p) {
        int value = 1;
        for (int k = 1; k < p - 1; k++) {
            value = value * 10 % p;
            if (value == 1) {
                return false;
            }
        }
        return true;
    }
}
