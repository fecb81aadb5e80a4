package org.openfid.identity.numbers;

import java.security.SecureRandom;
import org.openfid.identity.IdentityError;
import org.openfid.identity.IdentityException;

/**
 * Draws numbers that obey a set of {@link NumberRules}: uniformly random leading digits from a
 * {@link SecureRandom}, the Verhoeff check digit appended, and the candidate kept only if it passes
 * every filter (rejection sampling, so every valid number is equally likely, as in MOSIP).
 *
 * <p>Random bytes are read in blocks, because a {@link SecureRandom} call costs far more than the
 * eight bytes it returns. Not thread-safe: each thread or refill uses its own generator.
 */
public final class NumberGenerator {

    /** Gives up rather than spin forever when the rules leave (almost) no valid number. */
    static final int MAX_ATTEMPTS = 1_000_000;

    private static final int BLOCK = 1024;
    private static final long DIGITS_PER_DRAW_BOUND = 1_000_000_000_000_000_000L;

    private final NumberRules rules;
    private final SecureRandom random;
    private final byte[] block = new byte[BLOCK];
    private int position = BLOCK;
    private long pending;
    private int pendingDigits;
    private final byte[] digits;
    private final char[] text;

    public NumberGenerator(NumberRules rules, SecureRandom random) {
        this.rules = rules;
        this.random = random;
        this.digits = new byte[rules.length()];
        this.text = new char[rules.length()];
    }

    /**
     * The next valid number. Digits are drawn one at a time and the attempt restarts as soon as a
     * rule that needs only the digits so far is broken ({@link NumberRules#brokenAt}); the complete
     * number then faces every rule. Restarting from scratch keeps the draw uniform over valid
     * numbers while spending far fewer random digits than judging whole candidates.
     */
    public String next() {
        int payload = rules.length() - 1;
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            if (drawPayload(payload)) {
                digits[payload] = (byte) Verhoeff.checkDigit(digits, payload);
                if (rules.brokenFilter(digits) == null) {
                    return text();
                }
            }
        }
        throw new IdentityException(
                IdentityError.UIN_GENERATION_FAILED, "The number rules leave too few valid numbers to draw from");
    }

    private boolean drawPayload(int payload) {
        for (int i = 0; i < payload; i++) {
            digits[i] = nextDigit();
            if (rules.brokenAt(digits, i)) {
                return false;
            }
        }
        return true;
    }

    private String text() {
        for (int i = 0; i < digits.length; i++) {
            text[i] = (char) ('0' + digits[i]);
        }
        return new String(text);
    }

    /** One unfiltered candidate: random digits and the check digit (the benchmark's reference). */
    public String candidate() {
        int payload = rules.length() - 1;
        for (int i = 0; i < payload; i++) {
            digits[i] = nextDigit();
        }
        digits[payload] = (byte) Verhoeff.checkDigit(digits, payload);
        return text();
    }

    /** A uniform decimal digit: 18 of them come from each uniform value below 10^18. */
    private byte nextDigit() {
        if (pendingDigits == 0) {
            pending = uniformBelow(DIGITS_PER_DRAW_BOUND);
            pendingDigits = 18;
        }
        byte digit = (byte) (pending % 10);
        pending /= 10;
        pendingDigits--;
        return digit;
    }

    /** A uniform value in [0, bound): values from the incomplete last multiple are redrawn. */
    private long uniformBelow(long bound) {
        long limit = Long.MAX_VALUE - Long.MAX_VALUE % bound;
        while (true) {
            long value = nextLong() >>> 1;
            if (value < limit) {
                return value % bound;
            }
        }
    }

    private long nextLong() {
        if (position + 8 > BLOCK) {
            random.nextBytes(block);
            position = 0;
        }
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = value << 8 | (block[position++] & 0xFF);
        }
        return value;
    }
}
