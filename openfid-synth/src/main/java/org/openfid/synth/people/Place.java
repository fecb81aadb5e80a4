package org.openfid.synth.people;

import java.util.Map;

/**
 * One level of an address in the country's location hierarchy (region, province, city, ...).
 *
 * @param code the location code of the country folder's {@code locations.json}
 * @param level its hierarchy level, e.g. {@code REGION} or {@code POSTAL_CODE}
 * @param names its name per language code
 */
public record Place(String code, String level, Map<String, String> names) {

    public Place {
        names = Map.copyOf(names);
    }

    /** The name in {@code language}, or the code when the country gives none. */
    public String name(String language) {
        return names.getOrDefault(language, code);
    }
}
