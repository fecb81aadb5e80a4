package org.openfid.masterdata.country;

import java.nio.file.Path;

/**
 * One part of a country folder (the identity schema, languages, centres, ...). The country loader
 * runs every section in {@link #order()} inside one transaction, so a folder with one bad file loads
 * nothing. Loading is idempotent: loading the same folder twice changes nothing the second time.
 */
public interface CountrySection {

    /** Name shown in load reports, for example {@code "identity schema"}. */
    String name();

    /** Sections run in ascending order (languages before locations before centres ...). */
    int order();

    /**
     * Validates and loads this section's files from {@code folder}. Missing optional files are
     * skipped; invalid content throws {@code MasterdataException} with {@code INVALID_COUNTRY} and
     * the file and item at fault.
     *
     * @return how many records were created or changed
     */
    int load(Path folder);
}
