package org.openfid.enrolment.demographic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Phonetic codes of normalised name tokens: what stays equal across the spellings of one spoken
 * name. Latin tokens go through Apache commons-codec's Double Metaphone (primary code, up to
 * {@value #CODE_LENGTH} characters): {@code Mohammed}, {@code Muhammad} and {@code Mohamed} all
 * give {@code MHMT}. Arabic tokens keep their normalised consonant skeleton with doubled letters
 * collapsed: Arabic spelling is standardised, and the variation that exists (hamza seats, ta marbuta,
 * alef maqsura, harakat, shadda) is already removed by {@link NameNormaliser}. ADR 0014 says why
 * no Arabic-to-Latin transliteration comes first.
 */
final class PhoneticKeys {

    /** Longer than the codec's default 4, so long compound names are not cut to their first half. */
    static final int CODE_LENGTH = 8;

    private PhoneticKeys() {}

    /** The codes of {@code tokens} in the same order; tokens without a code (digits only) are left out. */
    static List<String> codes(List<String> tokens) {
        var coder = new DoubleMetaphone(); // not thread-safe to share while configuring: one per call
        coder.setMaxCodeLen(CODE_LENGTH);
        List<String> codes = new ArrayList<>(tokens.size());
        for (String token : tokens) {
            String code = isArabic(token) ? skeleton(token) : coder.doubleMetaphone(token);
            if (code != null && !code.isEmpty()) {
                codes.add(code);
            }
        }
        return codes;
    }

    /** The sorted codes of a full name joined by spaces; empty when the name has no letters. */
    static String key(List<String> tokens) {
        List<String> codes = codes(tokens);
        codes.sort(null);
        return String.join(" ", codes);
    }

    private static boolean isArabic(String token) {
        return token.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
    }

    private static String skeleton(String token) {
        var out = new StringBuilder(token.length());
        token.codePoints().filter(Character::isLetter).forEach(c -> {
            if (out.isEmpty() || out.codePointBefore(out.length()) != c) {
                out.appendCodePoint(c);
            }
        });
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
