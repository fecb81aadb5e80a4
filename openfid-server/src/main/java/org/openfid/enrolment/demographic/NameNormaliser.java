package org.openfid.enrolment.demographic;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reduces a declared full name to the tokens two spellings of the same name should share, whatever
 * the script (the demo country writes names in English and Arabic). The steps, in order:
 *
 * <ol>
 *   <li>Unicode NFKC, so compatibility forms (Arabic presentation forms, full-width Latin, ligatures)
 *       become the ordinary letters.
 *   <li>Case folding: lower, upper, then lower case in the root locale, which folds the special cases
 *       (German sharp s, small or capital, becomes {@code ss}) the way full case folding does.
 *   <li>Canonical decomposition (NFD) and removal of every combining mark: Latin accents, Arabic
 *       harakat, shadda, sukun, dagger alef, and the hamza and madda that NFD splits off their seat, so
 *       {@code أ إ آ} become {@code ا}, {@code ؤ} becomes {@code و} and {@code ئ} becomes {@code ي}.
 *   <li>Arabic letter variants unified: tatweel removed, alef wasla to alef, ta marbuta to ha, alef
 *       maqsura and Persian yeh to yeh, keheh to kaf, lone hamza removed. These are spelling choices,
 *       not different names.
 *   <li>Apostrophes (Latin and Arabic-adjacent forms) removed so {@code O'Brien} is {@code obrien};
 *       every other character that is not a letter or digit becomes a space; runs of spaces collapse.
 *   <li>Honorifics and titles dropped ({@code mr}, {@code dr}, {@code sheikh}, {@code الحاج}...), and
 *       the connectors {@code bin}, {@code ibn}, {@code bint} ({@code بن}, {@code بنت}) dropped.
 *   <li>Particles joined to the word after them ({@code abd al rahman}, {@code abdul-rahman} and
 *       {@code abdulrahman} all become one token; {@code عبد الرحمن} and {@code عبدالرحمن} too).
 *   <li>Tokens sorted, so the order the names were declared in does not matter.
 * </ol>
 *
 * <p>The result is not a phonetic key: {@code Mohammed} and {@code Muhammad} stay apart here and meet
 * in {@link PhoneticKeys}.
 */
final class NameNormaliser {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2018\u2019\u02bc\u02bb`\u00b4]");
    private static final Pattern NOT_NAME = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Titles and honorifics, as they look after the steps before them (so Arabic without hamza). */
    private static final Set<String> HONORIFICS = Set.of(
            "mr",
            "mrs",
            "ms",
            "miss",
            "mx",
            "dr",
            "prof",
            "sir",
            "madam",
            "mme",
            "eng",
            "sheikh",
            "shaikh",
            "shaykh",
            "sheik",
            "haj",
            "hajj",
            "haji",
            "hajji",
            "hajja",
            "hajjah",
            "السيد",
            "السيده",
            "سيد",
            "الشيخ",
            "شيخ",
            "الدكتور",
            "الدكتوره",
            "د",
            "الحاج",
            "الحاجه",
            "حاج",
            "الاستاذ",
            "الاستاذه",
            "المهندس",
            "المهندسه",
            "م");

    /** Words meaning "son/daughter of", left out or written in at will. */
    private static final Set<String> CONNECTORS = Set.of("bin", "ibn", "bint", "ben", "بن", "بنت", "ابن");

    /** Particles that belong to the next word, written apart, hyphenated or joined. */
    private static final Set<String> PARTICLES =
            Set.of("al", "el", "ul", "abd", "abdul", "abdel", "abdal", "abu", "abou", "عبد", "ابو", "ال");

    private NameNormaliser() {}

    /** The sorted tokens of {@code name}; empty when nothing name-like is left. */
    static List<String> tokens(String name) {
        List<String> merged = mergedTokens(name);
        merged.sort(null);
        return merged;
    }

    /**
     * The tokens in declared order, after every step but the sort. Name variants that depend on the
     * position of a word (first and last name) are built from this.
     */
    static List<String> mergedTokens(String name) {
        String text = Normalizer.normalize(name, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .toUpperCase(Locale.ROOT)
                .toLowerCase(Locale.ROOT);
        text = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        text = unifyArabic(text);
        text = APOSTROPHES.matcher(text).replaceAll("");
        text = NOT_NAME.matcher(text).replaceAll(" ").strip();
        List<String> tokens = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (String token : text.isEmpty() ? new String[0] : text.split(" ")) {
            if (HONORIFICS.contains(token) || CONNECTORS.contains(token)) {
                continue;
            }
            pending.append(token);
            if (!PARTICLES.contains(token)) {
                tokens.add(pending.toString());
                pending.setLength(0);
            }
        }
        if (!pending.isEmpty()) {
            tokens.add(pending.toString()); // a trailing particle stays, joined to what came before it
        }
        return tokens;
    }

    private static String unifyArabic(String text) {
        var out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\u0640', '\u0621' -> {
                    // tatweel (elongation) and the lone hamza carry no letter
                }
                case '\u0671' -> out.append('\u0627'); // alef wasla -> alef
                case '\u0629' -> out.append('\u0647'); // ta marbuta -> ha
                case '\u0649', '\u06cc' -> out.append('\u064a'); // alef maqsura, Persian yeh -> yeh
                case '\u06a9' -> out.append('\u0643'); // keheh -> kaf
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
