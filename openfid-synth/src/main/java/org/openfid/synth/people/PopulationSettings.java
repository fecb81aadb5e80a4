package org.openfid.synth.people;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * How a synthetic population is drawn.
 *
 * @param count how many records (enrolments) the population has
 * @param duplicateShare the expected share of records that are a planted duplicate of an earlier
 *     record, in [0, 1): each record after the first is one with this probability, independently
 * @param languages the languages names and addresses are given in (the country's, a subset of
 *     {@code eng} and {@code ara}, the languages of the curated name lists)
 * @param countryFolder the country folder whose codes, locations, documents and schema are used
 * @param referenceDate the day ages are counted to: fixed, so that a seed gives the same people on
 *     any day
 */
public record PopulationSettings(
        long count, double duplicateShare, List<String> languages, Path countryFolder, LocalDate referenceDate) {

    /** The languages the curated name lists are written in. */
    public static final List<String> NAME_LANGUAGES = List.of("eng", "ara");

    /** The default reference date of ages. */
    public static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 1, 1);

    /** The default share of planted duplicates. */
    public static final double DEFAULT_DUPLICATE_SHARE = 0.05;

    /** Where the demo country lives in the source tree. */
    static final Path DEMO_COUNTRY = Path.of("openfid-server", "src", "main", "resources", "country", "demo");

    public PopulationSettings {
        Objects.requireNonNull(countryFolder, "countryFolder");
        Objects.requireNonNull(referenceDate, "referenceDate");
        languages = List.copyOf(languages);
        if (count < 1) {
            throw new IllegalArgumentException("The population needs at least one record, not " + count);
        }
        if (!(duplicateShare >= 0 && duplicateShare < 1)) {
            throw new IllegalArgumentException("The duplicate share must be in [0, 1), not " + duplicateShare);
        }
        if (languages.isEmpty() || !NAME_LANGUAGES.containsAll(languages)) {
            throw new IllegalArgumentException("Names exist in " + NAME_LANGUAGES + " only; asked for " + languages);
        }
    }

    /** {@code count} records of the demo country with the default duplicate share. */
    public static PopulationSettings demo(long count) {
        return new PopulationSettings(
                count, DEFAULT_DUPLICATE_SHARE, NAME_LANGUAGES, demoCountryFolder(), REFERENCE_DATE);
    }

    /** These settings with another duplicate share. */
    public PopulationSettings withDuplicateShare(double share) {
        return new PopulationSettings(count, share, languages, countryFolder, referenceDate);
    }

    /** These settings with another country folder. */
    public PopulationSettings withCountryFolder(Path folder) {
        return new PopulationSettings(count, duplicateShare, languages, folder, referenceDate);
    }

    /** These settings with another record count. */
    public PopulationSettings withCount(long records) {
        return new PopulationSettings(records, duplicateShare, languages, countryFolder, referenceDate);
    }

    /**
     * The demo country folder of the source tree, found from the working directory or any folder above
     * it (the repository root, a module folder, ...); the relative path when none has it.
     */
    public static Path demoCountryFolder() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(DEMO_COUNTRY);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return DEMO_COUNTRY;
    }
}
