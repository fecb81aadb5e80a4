package org.openfid.identity.numbers;

/**
 * The Verhoeff check digit (dihedral group D5), which MOSIP appends to UINs and VIDs. It catches
 * every single-digit error and every transposition of adjacent digits, which a mod-10 sum does not.
 */
public final class Verhoeff {

    private static final byte[][] MULTIPLY = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9},
        {1, 2, 3, 4, 0, 6, 7, 8, 9, 5},
        {2, 3, 4, 0, 1, 7, 8, 9, 5, 6},
        {3, 4, 0, 1, 2, 8, 9, 5, 6, 7},
        {4, 0, 1, 2, 3, 9, 5, 6, 7, 8},
        {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
        {6, 5, 9, 8, 7, 1, 0, 4, 3, 2},
        {7, 6, 5, 9, 8, 2, 1, 0, 4, 3},
        {8, 7, 6, 5, 9, 3, 2, 1, 0, 4},
        {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}
    };

    private static final byte[][] PERMUTE = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9},
        {1, 5, 7, 6, 2, 8, 3, 0, 9, 4},
        {5, 8, 0, 3, 7, 9, 6, 1, 4, 2},
        {8, 9, 1, 6, 0, 4, 3, 5, 2, 7},
        {9, 4, 5, 3, 1, 2, 6, 8, 7, 0},
        {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
        {2, 7, 9, 3, 8, 0, 6, 4, 1, 5},
        {7, 0, 4, 6, 9, 1, 3, 2, 5, 8}
    };

    private static final byte[] INVERSE = {0, 4, 3, 2, 1, 5, 6, 7, 8, 9};

    private Verhoeff() {}

    /** The check digit (0-9) to append to {@code digits[0..length)}, each element 0-9. */
    public static int checkDigit(byte[] digits, int length) {
        int check = 0;
        for (int i = 0; i < length; i++) {
            check = MULTIPLY[check][PERMUTE[(i + 1) % 8][digits[length - 1 - i]]];
        }
        return INVERSE[check];
    }

    /** The check digit to append to a string of decimal digits. */
    public static char checkDigit(CharSequence digits) {
        byte[] values = new byte[digits.length()];
        for (int i = 0; i < values.length; i++) {
            values[i] = digitAt(digits, i);
        }
        return (char) ('0' + checkDigit(values, values.length));
    }

    /** Whether a string of decimal digits ends with its correct check digit. */
    public static boolean isValid(CharSequence digits) {
        int check = 0;
        int length = digits.length();
        for (int i = 0; i < length; i++) {
            check = MULTIPLY[check][PERMUTE[i % 8][digitAt(digits, length - 1 - i)]];
        }
        return length > 0 && check == 0;
    }

    private static byte digitAt(CharSequence digits, int index) {
        char c = digits.charAt(index);
        if (c < '0' || c > '9') {
            throw new IllegalArgumentException("Verhoeff works on decimal digits only");
        }
        return (byte) (c - '0');
    }
}
