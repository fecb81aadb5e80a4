package org.openfid.enrolment.demographic;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The plain blocking keys of one enrolment: phonetic name key, date of birth and gender. Two
 * enrolments are demographic candidates when one's {@link #probes()} meet the other's
 * {@link #stored()}. These strings are derived from personal data: they exist only in memory and are
 * turned into keyed hashes ({@link DemographicKeys}) before they are stored, compared or logged.
 *
 * <p>Variants, each per language the name was written in:
 *
 * <ul>
 *   <li>name: the phonetic key of every token (sorted), and, for names of three tokens or more, of
 *       the first and last token only (a middle or father's name left out);
 *   <li>complete date: the date, and the date with day and month swapped when both are 12 or less;
 *   <li>year: an enrolment without a known day stores and probes a year key; an enrolment with a
 *       complete date stores the year key too but probes only the year keys of day-unknown
 *       enrolments. So an age-only declaration meets everyone of that name, gender and year, while
 *       two complete dates only meet when the dates agree (up to the swap).
 * </ul>
 *
 * @param stored the keys this enrolment is found by
 * @param probes the keys this enrolment searches with
 */
public record BlockingKeys(Set<String> stored, Set<String> probes) {

    /** Changes whenever the derivation changes, so stored keys of another derivation never meet. */
    static final String VERSION = "v1";

    public BlockingKeys {
        stored = Set.copyOf(stored);
        probes = Set.copyOf(probes);
    }

    /** The keys of {@code demographics}; none without a date of birth or a name with letters. */
    public static BlockingKeys of(DeclaredDemographics demographics) {
        var birth = demographics.birthDate();
        if (birth == null) {
            return new BlockingKeys(Set.of(), Set.of());
        }
        String gender =
                demographics.gender() == null ? "" : demographics.gender().toLowerCase(Locale.ROOT);
        Set<String> stored = new LinkedHashSet<>();
        Set<String> probes = new LinkedHashSet<>();
        for (var name : new TreeMap<>(demographics.fullNames()).entrySet()) {
            for (String nameKey : nameKeys(name.getValue())) {
                String prefix = String.join("|", VERSION, name.getKey(), nameKey, gender, "");
                if (birth.isComplete()) {
                    for (String date : dates(birth)) {
                        stored.add(prefix + "d:" + date);
                        probes.add(prefix + "d:" + date);
                    }
                    stored.add(prefix + "y:" + birth.year());
                    probes.add(prefix + "u:" + birth.year());
                } else {
                    stored.add(prefix + "u:" + birth.year());
                    stored.add(prefix + "y:" + birth.year());
                    probes.add(prefix + "y:" + birth.year());
                }
            }
        }
        return new BlockingKeys(stored, probes);
    }

    /** The phonetic name keys of one written name: all tokens, and first plus last. */
    static Set<String> nameKeys(String fullName) {
        List<String> tokens = NameNormaliser.mergedTokens(fullName);
        Set<String> keys = new LinkedHashSet<>();
        String all = PhoneticKeys.key(new ArrayList<>(tokens));
        if (all.isEmpty()) {
            return keys;
        }
        keys.add(all);
        if (tokens.size() >= 3) {
            String outer = PhoneticKeys.key(List.of(tokens.getFirst(), tokens.getLast()));
            if (!outer.isEmpty()) {
                keys.add(outer);
            }
        }
        return keys;
    }

    private static List<String> dates(BirthDate birth) {
        int month = Objects.requireNonNull(birth.month());
        int day = Objects.requireNonNull(birth.day());
        List<String> dates = new ArrayList<>(2);
        dates.add(date(birth.year(), month, day));
        if (day <= 12 && day != month) {
            dates.add(date(birth.year(), day, month));
        }
        return dates;
    }

    private static String date(int year, int month, int day) {
        return String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
    }
}
