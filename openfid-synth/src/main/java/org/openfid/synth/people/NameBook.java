package org.openfid.synth.people;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The curated word lists behind names and addresses, each entry spelled in English and in Arabic so
 * that both renderings of a person agree. Given x father's name x family name gives over a million
 * distinct full names per gender, enough for populations of 100k and more without visible repetition.
 */
final class NameBook {

    /** One word or phrase in both scripts. */
    record Pair(String eng, String ara) {

        Map<String, String> byLanguage() {
            return Map.of("eng", eng, "ara", ara);
        }
    }

    static final NameBook INSTANCE = new NameBook();

    final List<Pair> male = load("given-male.txt");
    final List<Pair> female = load("given-female.txt");
    final List<Pair> family = load("family.txt");
    final List<Pair> streets = load("streets.txt");
    final List<Pair> landmarks = load("landmarks.txt");

    private NameBook() {}

    private static List<Pair> load(String resource) {
        var stream = Objects.requireNonNull(NameBook.class.getResourceAsStream(resource), resource);
        List<Pair> pairs = new ArrayList<>();
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int bar = line.indexOf('|');
                pairs.add(new Pair(
                        line.substring(0, bar).strip(), line.substring(bar + 1).strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the name list " + resource, e);
        }
        return List.copyOf(pairs);
    }
}
