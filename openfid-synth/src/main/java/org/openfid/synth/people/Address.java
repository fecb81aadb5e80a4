package org.openfid.synth.people;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A home address: three free lines per language and a leaf path of the location hierarchy.
 *
 * @param line1 house number and street, per language
 * @param line2 building and apartment, per language
 * @param line3 a nearby landmark, per language
 * @param path the locations from the top level below the country down to a leaf (postal code)
 */
public record Address(
        Map<String, String> line1, Map<String, String> line2, Map<String, String> line3, List<Place> path) {

    public Address {
        line1 = Map.copyOf(line1);
        line2 = Map.copyOf(line2);
        line3 = Map.copyOf(line3);
        path = List.copyOf(path);
    }

    /** The place of this address at {@code level} (e.g. {@code CITY}), if the path has that level. */
    public Optional<Place> at(String level) {
        return path.stream().filter(p -> p.level().equals(level)).findFirst();
    }

    /** The leaf of the path: the most precise location (the postal code in the demo country). */
    public Place leaf() {
        return path.getLast();
    }
}
