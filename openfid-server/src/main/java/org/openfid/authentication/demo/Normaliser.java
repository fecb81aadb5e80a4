package org.openfid.authentication.demo;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reduces a demographic value to the tokens two writings of the same value share, as MOSIP's
 * normalisation rules do before matching ({@code ida.demo.<name|address|common>.normalization.regex}):
 * Unicode NFKC and case folding; accents and Arabic diacritics (harakat, shadda, hamza seats) removed;
 * punctuation to spaces; then, for names, titles dropped, and for addresses, care-of markers dropped
 * and common words shortened ({@code street} to {@code st}, {@code 1st} to {@code 1}). The patterns are
 * compiled once: this runs on every authentication.
 */
final class Normaliser {

    /** What a value is, which decides the extra rules. */
    enum Kind {
        NAME,
        ADDRESS,
        COMMON
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2018\u2019\u02bc`\u00b4]");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern ORDINAL = Pattern.compile("^(\\d+)(st|nd|rd|th)$");
    private static final Pattern CARE_OF = Pattern.compile("\\b[cdsw]\\s*/\\s*o\\b", Pattern.CASE_INSENSITIVE);
    private static final Set<String> TITLES = Set.of(
            "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "madam", "mme", "mlle", "shri", "smt", "السيد",
            "السيده", "الدكتور", "الانسه", "الحاج", "الشيخ");
    private static final java.util.Map<String, String> ADDRESS_WORDS = java.util.Map.ofEntries(
            java.util.Map.entry("street", "st"),
            java.util.Map.entry("road", "rd"),
            java.util.Map.entry("avenue", "ave"),
            java.util.Map.entry("boulevard", "blvd"),
            java.util.Map.entry("lane", "ln"),
            java.util.Map.entry("drive", "dr"),
            java.util.Map.entry("apartment", "apt"),
            java.util.Map.entry("building", "bldg"),
            java.util.Map.entry("floor", "fl"),
            java.util.Map.entry("number", "no"),
            java.util.Map.entry("post", "po"),
            java.util.Map.entry("box", "box"));

    private Normaliser() {}

    /** The tokens of {@code value}, in order. */
    static List<String> tokens(String value, Kind kind) {
        String text = kind == Kind.ADDRESS ? CARE_OF.matcher(value).replaceAll(" ") : value;
        text = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .toUpperCase(Locale.ROOT)
                .toLowerCase(Locale.ROOT);
        text = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        text = arabicVariants(APOSTROPHES.matcher(text).replaceAll(""));
        List<String> tokens = new ArrayList<>();
        for (String token : SEPARATORS.split(text)) {
            if (token.isEmpty()) {
                continue;
            }
            if (kind == Kind.NAME && TITLES.contains(token)) {
                continue;
            }
            if (kind == Kind.ADDRESS) {
                var ordinal = ORDINAL.matcher(token);
                token = ordinal.matches() ? ordinal.group(1) : ADDRESS_WORDS.getOrDefault(token, token);
            }
            tokens.add(token);
        }
        return tokens;
    }

    private static String arabicVariants(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\u0640' -> {} // tatweel
                case '\u0671' -> out.append('\u0627'); // alef wasla
                case '\u0629' -> out.append('\u0647'); // ta marbuta
                case '\u0649', '\u06cc' -> out.append('\u064a'); // alef maqsura, farsi yeh
                case '\u06a9' -> out.append('\u0643'); // keheh
                case '\u0621' -> {} // lone hamza
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
