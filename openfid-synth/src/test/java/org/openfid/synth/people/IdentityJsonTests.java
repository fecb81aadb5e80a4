package org.openfid.synth.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The identity of a synthetic person fits the demo country's schema, field by field. */
class IdentityJsonTests {

    static JsonNode schema;
    static Map<String, JsonNode> fields = new HashMap<>();
    static Map<String, Set<String>> lists = new HashMap<>();
    static Map<String, Set<String>> typesOf = new HashMap<>();
    static final Map<String, String> CATEGORIES =
            Map.of("proofOfIdentity", "POI", "proofOfAddress", "POA", "proofOfRelationship", "POR");

    @BeforeAll
    static void readCountry() {
        var demo = SyntheticPopulationTests.DEMO;
        schema = CountryData.JSON.readTree(demo.resolve("schema.json").toFile());
        schema.path("fields").forEach(f -> fields.put(f.path("id").asString(), f));
        for (var list :
                CountryData.JSON.readTree(demo.resolve("dynamic-fields.json").toFile())) {
            Set<String> codes = new HashSet<>();
            list.path("entries").forEach(e -> codes.add(e.path("code").asString()));
            lists.put(list.path("name").asString(), codes);
        }
        for (var type : CountryData.JSON
                .readTree(demo.resolve("documents.json").toFile())
                .path("types")) {
            type.path("categories")
                    .forEach(c -> typesOf.computeIfAbsent(c.asString(), k -> new HashSet<>())
                            .add(type.path("code").asString()));
        }
    }

    @Test
    void every_value_is_a_schema_field_of_the_right_shape() {
        var population = SyntheticPopulationTests.population(21, 400, 0.05);
        population.people().forEach(person -> {
            var identity = population.identity(person);
            for (var property : identity.properties()) {
                var field = fields.get(property.getKey());
                assertThat(field).as("schema field %s", property.getKey()).isNotNull();
                checkShape(field, property.getValue());
            }
            checkRequired(identity, person);
        });
    }

    @Test
    void foreigners_and_young_children_bring_what_the_schema_requires_of_them() {
        var population = SyntheticPopulationTests.population(22, 1_500, 0.05);
        var people = population.people().toList();
        var foreigner = people.stream()
                .filter(p -> p.residenceStatus().equals("FR"))
                .findFirst()
                .orElseThrow();
        assertThat(population.identity(foreigner).has("proofOfAddress")).isTrue();
        LocalDate day = PopulationSettings.REFERENCE_DATE;
        var child = people.stream().filter(p -> p.ageOn(day) < 5).findFirst().orElseThrow();
        assertThat(population
                        .identity(child)
                        .path("proofOfRelationship")
                        .path("type")
                        .asString())
                .isEqualTo("BIRTH_CERTIFICATE");
        assertThat(population
                        .identity(child)
                        .path("introducerName")
                        .get(0)
                        .path("value")
                        .asString())
                .isEqualTo(
                        child.middleName().get("eng") + " " + child.familyName().get("eng"));
        var adult = people.stream().filter(p -> p.ageOn(day) >= 18).findFirst().orElseThrow();
        assertThat(population.identity(adult).has("introducerName")).isFalse();
    }

    private static void checkRequired(JsonNode identity, SyntheticPerson person) {
        for (var field : fields.values()) {
            if (field.path("required").asBoolean(false)
                    && !field.path("id").asString().equals("UIN")) {
                assertThat(identity.has(field.path("id").asString()))
                        .as("required field %s", field.path("id").asString())
                        .isTrue();
            }
        }
        if (person.residenceStatus().equals("FR")) {
            assertThat(identity.has("proofOfAddress")).isTrue();
        }
        if (person.ageOn(PopulationSettings.REFERENCE_DATE) < 5) {
            assertThat(identity.has("proofOfRelationship")).isTrue();
            assertThat(identity.has("introducerName")).isTrue();
        }
    }

    private static void checkShape(JsonNode field, JsonNode value) {
        String id = field.path("id").asString();
        switch (field.path("type").asString()) {
            case "number" -> assertThat(value.isNumber()).as(id).isTrue();
            case "string", "phone", "email" -> checkValue(field, value.asString(), null);
            case "date" -> assertThat(value.asString()).as(id).matches("\\d{4}/\\d{2}/\\d{2}");
            case "text" -> checkLanguages(field, value, null);
            case "enum" ->
                checkLanguages(field, value, lists.get(field.path("dynamicList").asString()));
            case "document" ->
                assertThat(typesOf.get(CATEGORIES.get(id)))
                        .contains(value.path("type").asString());
            case "biometrics" -> assertThat(value.path("format").asString()).isEqualTo("cbeff");
            case "handles" ->
                value.forEach(
                        h -> assertThat(fields.get(h.asString()).path("handle").asBoolean())
                                .isTrue());
            default -> throw new AssertionError("unexpected type of " + id);
        }
    }

    private static void checkLanguages(JsonNode field, JsonNode value, Set<String> codes) {
        assertThat(value.isArray()).isTrue();
        Set<String> languages = new HashSet<>();
        for (var entry : value) {
            String language = entry.path("language").asString();
            languages.add(language);
            checkValue(field, entry.path("value").asString(), language);
            if (codes != null) {
                assertThat(codes).contains(entry.path("value").asString());
            }
        }
        assertThat(languages).containsExactlyInAnyOrder("eng", "ara");
    }

    private static void checkValue(JsonNode field, String value, String language) {
        assertThat(value).as(field.path("id").asString()).isNotBlank();
        for (var validator : field.path("validators")) {
            String only = validator.path("language").asString("");
            if (!only.isEmpty() && !only.equals(language)) {
                continue;
            }
            switch (validator.path("kind").asString()) {
                case "regex" ->
                    assertThat(value).matches(validator.path("pattern").asString());
                case "length" ->
                    assertThat(value.length())
                            .isBetween(
                                    validator.path("min").asInt(0),
                                    validator.path("max").asInt(Integer.MAX_VALUE));
                default -> {
                    // ageRange is checked by the date's own test
                }
            }
        }
    }
}
