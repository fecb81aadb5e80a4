package org.openfid.synth.people;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the population needs from a country folder (the one {@code ./openfid country load} reads):
 * languages, the gender and residence status codes, the location hierarchy's leaf paths, document
 * types per category and the ID schema's fields. Read once; the population only indexes into it.
 */
final class CountryData {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** A code of a dynamic field list with its labels per language. */
    record Entry(String code, Map<String, String> labels) {}

    /** A document type that proves something of {@code category}. */
    record DocumentType(String code, Map<String, String> names, List<String> categories) {}

    /** An ID schema field: its id, type and English label. */
    record Field(String id, String type, String label) {}

    final Path folder;
    final List<String> languages;
    final List<Entry> genders;
    final List<Entry> residenceStatuses;
    final List<List<Place>> addressPaths;
    final List<DocumentType> documentTypes;
    final Map<String, String> categoryNames;
    final List<Field> fields;
    private final Map<String, List<DocumentType>> typesByCategory = new ConcurrentHashMap<>();
    private final Map<String, String> fieldsByCategory = new ConcurrentHashMap<>();
    /** The schema version, e.g. {@code 0.1}: the identity field {@code IDSchemaVersion}. */
    final String schemaVersion;

    private CountryData(Path folder) {
        this.folder = folder;
        languages = new ArrayList<>();
        for (var language : read("languages.json")) {
            if (language.path("active").asBoolean(true)) {
                languages.add(text(language, "code", "languages.json"));
            }
        }
        var dynamic = read("dynamic-fields.json");
        genders = entries(dynamic, "gender");
        residenceStatuses = entries(dynamic, "residenceStatus");
        addressPaths = leafPaths(read("locations.json"));
        var documents = read("documents.json");
        categoryNames = new LinkedHashMap<>();
        for (var category : documents.path("categories")) {
            categoryNames.put(
                    text(category, "code", "documents.json"),
                    category.path("names").path("eng").asString(""));
        }
        documentTypes = new ArrayList<>();
        for (var type : documents.path("types")) {
            List<String> categories = new ArrayList<>();
            type.path("categories").forEach(c -> categories.add(c.asString()));
            documentTypes.add(new DocumentType(text(type, "code", "documents.json"), names(type), categories));
        }
        var schema = read("schema.json");
        schemaVersion = schema.path("version").asString("0");
        if (!schemaVersion.matches("[0-9]+(\\.[0-9]+)?")) {
            throw new IllegalArgumentException("schema.json: the version " + schemaVersion + " is not a number");
        }
        fields = new ArrayList<>();
        for (var field : schema.path("fields")) {
            fields.add(new Field(
                    text(field, "id", "schema.json"),
                    text(field, "type", "schema.json"),
                    field.path("labels").path("eng").asString("")));
        }
        if (languages.isEmpty() || genders.isEmpty() || residenceStatuses.isEmpty() || addressPaths.isEmpty()) {
            throw new IllegalArgumentException(
                    "The country folder " + folder + " lacks languages, gender or residenceStatus codes, or locations");
        }
    }

    static CountryData read(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("No country folder at " + folder);
        }
        return new CountryData(folder);
    }

    /** The document types proving {@code category}, in the file's order. */
    List<DocumentType> typesOf(String category) {
        return typesByCategory.computeIfAbsent(
                category,
                c -> documentTypes.stream()
                        .filter(t -> t.categories.contains(c))
                        .toList());
    }

    /**
     * The schema's document field for a category: the field of type {@code document} whose English
     * label is the category's English name (the demo country names both "Proof of identity").
     */
    String fieldOf(String category) {
        return fieldsByCategory.computeIfAbsent(category, this::findFieldOf);
    }

    private String findFieldOf(String category) {
        String name = categoryNames.getOrDefault(category, "");
        return fields.stream()
                .filter(f -> f.type.equals("document") && f.label.equalsIgnoreCase(name))
                .map(Field::id)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "The schema of " + folder + " has no document field for category " + category));
    }

    private JsonNode read(String file) {
        Path path = folder.resolve(file);
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("The country folder " + folder + " has no " + file);
        }
        try {
            return JSON.readTree(path.toFile());
        } catch (JacksonException e) {
            throw new IllegalArgumentException(path + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String text(JsonNode node, String property, String file) {
        var value = node.path(property);
        if (!value.isString() || value.asString().isBlank()) {
            throw new IllegalArgumentException(file + ": an entry lacks its " + property);
        }
        return value.asString();
    }

    private static Map<String, String> names(JsonNode node) {
        Map<String, String> names = new HashMap<>();
        node.path("names")
                .properties()
                .forEach(e -> names.put(e.getKey(), e.getValue().asString()));
        return names;
    }

    private static List<Entry> entries(JsonNode dynamic, String name) {
        List<Entry> entries = new ArrayList<>();
        for (var list : dynamic) {
            if (name.equals(list.path("name").asString(""))
                    && list.path("active").asBoolean(true)) {
                for (var entry : list.path("entries")) {
                    Map<String, String> labels = new HashMap<>();
                    entry.path("labels")
                            .properties()
                            .forEach(e -> labels.put(e.getKey(), e.getValue().asString()));
                    entries.add(new Entry(text(entry, "code", "dynamic-fields.json"), labels));
                }
            }
        }
        return entries;
    }

    /** Every path from below the root (the country itself) down to an active leaf location. */
    private static List<List<Place>> leafPaths(JsonNode locations) {
        Map<String, JsonNode> byCode = new LinkedHashMap<>();
        Set<String> parents = new HashSet<>();
        for (var location : locations) {
            if (location.path("active").asBoolean(true)) {
                byCode.put(text(location, "code", "locations.json"), location);
                if (location.path("parentCode").isString()) {
                    parents.add(location.path("parentCode").asString());
                }
            }
        }
        List<List<Place>> paths = new ArrayList<>();
        for (var location : byCode.values()) {
            if (!parents.contains(location.path("code").asString())) {
                pathTo(location, byCode).ifPresent(paths::add);
            }
        }
        return paths;
    }

    private static Optional<List<Place>> pathTo(JsonNode leaf, Map<String, JsonNode> byCode) {
        List<Place> path = new ArrayList<>();
        JsonNode node = leaf;
        while (node.path("parentCode").isString()) {
            path.addFirst(
                    new Place(node.path("code").asString(), node.path("level").asString(""), names(node)));
            node = byCode.get(node.path("parentCode").asString());
            if (node == null || path.size() > 32) {
                return Optional.empty(); // an inactive or missing ancestor: not a usable address
            }
        }
        return path.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(path));
    }
}
