package org.openfid.authentication.demo;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Validates the {@code demographics} of an IDA request and matches them with the stored identity, per
 * attribute and per language, with MOSIP's error codes: {@code IDA-DEA-001} mismatch (naming the
 * attribute and language, never a value), {@code -003} an attribute or language the record does not
 * hold, {@code IDA-MLC-009} a malformed date, an age that is not a positive number, or an unknown
 * attribute, {@code IDA-MLC-006} an entry without language, {@code IDA-MLC-013} one without value (MOSIP's codes, as its
 * own test cases expect them; phone and e-mail are not shape-checked, as in MOSIP). IDA's attribute names map to the schema's
 * as in MOSIP's {@code id-authentication-mapping.json}.
 */
public final class DemographicMatcher {

    /** IDA attribute name to the schema field(s) it is compared with. */
    static final Map<String, List<String>> FIELDS = Map.ofEntries(
            Map.entry("name", List.of("fullName")),
            Map.entry("gender", List.of("gender")),
            Map.entry("addressLine1", List.of("addressLine1")),
            Map.entry("addressLine2", List.of("addressLine2")),
            Map.entry("addressLine3", List.of("addressLine3")),
            Map.entry("location1", List.of("city")),
            Map.entry("location2", List.of("region")),
            Map.entry("location3", List.of("province")),
            Map.entry("location4", List.of("zone")),
            Map.entry(
                    "fullAddress",
                    List.of(
                            "addressLine1",
                            "addressLine2",
                            "addressLine3",
                            "city",
                            "region",
                            "province",
                            "postalCode")));

    private static final DateTimeFormatter DOB =
            DateTimeFormatter.ofPattern("uuuu/MM/dd").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern AGE = Pattern.compile("[0-9]{1,3}");

    private final MatchSettings settings;

    public DemographicMatcher(MatchSettings settings) {
        this.settings = settings;
    }

    public DemographicMatcher() {
        this(MatchSettings.DEFAULT);
    }

    /** Never throws for bad input: every problem is a failure in the outcome. */
    public DemoOutcome match(JsonNode demographics, JsonNode identity, LocalDate today) {
        List<DemoFailure> failures = new ArrayList<>();
        for (var entry : demographics.properties()) {
            String attribute = entry.getKey();
            JsonNode given = entry.getValue();
            if (given == null || given.isNull()) {
                continue;
            }
            switch (attribute) {
                case "dob" -> dob(given, identity, failures);
                case "age" -> age(given, identity, today, failures);
                // MOSIP checks no shape here: a malformed phone or e-mail simply does not match (DEA-001)
                case "phoneNumber" -> single("phoneNumber", given, identity.path("phone"), null, failures);
                case "emailId" -> single("emailId", given, identity.path("email"), null, failures);
                case "postalCode" -> single("postalCode", given, identity.path("postalCode"), null, failures);
                case "metadata" -> metadata(given, identity, failures);
                case "dobType", "staticPin" -> {}
                default -> {
                    if (FIELDS.containsKey(attribute)) {
                        multilingual(attribute, given, identity, failures);
                    } else {
                        failures.add(invalid(attribute));
                    }
                }
            }
        }
        return new DemoOutcome(failures);
    }

    private void multilingual(String attribute, JsonNode given, JsonNode identity, List<DemoFailure> failures) {
        if (!given.isArray()) {
            failures.add(invalid(attribute));
            return;
        }
        for (JsonNode entry : given) {
            String language = entry.path("language").asString("");
            String value = entry.path("value").asString("");
            if (language.isEmpty()) {
                failures.add(new DemoFailure("IDA-MLC-006", "Missing Input Parameter - LanguageCode", null));
                continue;
            }
            if (value.isEmpty()) {
                failures.add(new DemoFailure("IDA-MLC-013", "Missing demo auth attribute", null));
                continue;
            }
            String stored = stored(attribute, language, identity);
            if (stored == null) {
                failures.add(missingOrLanguage(attribute, language));
                continue;
            }
            Normaliser.Kind kind = kind(attribute);
            Strategy strategy = strategy(attribute);
            int score = TokenMatch.score(strategy, Normaliser.tokens(value, kind), Normaliser.tokens(stored, kind));
            if (score < (strategy == Strategy.EXACT ? 100 : settings.threshold())) {
                failures.add(new DemoFailure(
                        "IDA-DEA-001",
                        "Demographic data " + attribute + " in " + language + " did not match",
                        "Please re-enter your " + attribute + " in " + language));
            }
        }
    }

    private static @Nullable String stored(String attribute, String language, JsonNode identity) {
        List<String> parts = new ArrayList<>();
        for (String field : FIELDS.get(attribute)) {
            JsonNode value = identity.path(field);
            if (value.isArray()) {
                for (JsonNode entry : value) {
                    if (language.equals(entry.path("language").asString(""))) {
                        parts.add(entry.path("value").asString(""));
                    }
                }
            } else if (value.isValueNode() && attribute.equals("fullAddress")) {
                parts.add(value.asString());
            }
        }
        boolean onlyPostalCode = attribute.equals("fullAddress") && parts.size() <= 1;
        return parts.isEmpty() || onlyPostalCode ? null : String.join(" ", parts);
    }

    /** As MOSIP: a value the record does not hold in that language is "not available in database". */
    private static DemoFailure missingOrLanguage(String attribute, String language) {
        return new DemoFailure(
                "IDA-DEA-003",
                "Demographic data " + attribute + " in " + language + " not available in database",
                null);
    }

    private Strategy strategy(String attribute) {
        return switch (attribute) {
            case "name" -> settings.name();
            case "fullAddress" -> settings.fullAddress();
            default -> Strategy.EXACT;
        };
    }

    private static Normaliser.Kind kind(String attribute) {
        return switch (attribute) {
            case "name" -> Normaliser.Kind.NAME;
            case "gender" -> Normaliser.Kind.COMMON;
            default -> Normaliser.Kind.ADDRESS;
        };
    }

    private static void dob(JsonNode given, JsonNode identity, List<DemoFailure> failures) {
        LocalDate date = date(given.asString(""));
        if (date == null) {
            failures.add(invalid("dob"));
            return;
        }
        LocalDate stored = date(identity.path("dateOfBirth").asString(""));
        if (stored == null) {
            failures.add(new DemoFailure("IDA-DEA-003", "Demographic data dob not available in database", null));
        } else if (!stored.equals(date)) {
            failures.add(mismatch("dob"));
        }
    }

    private static void age(JsonNode given, JsonNode identity, LocalDate today, List<DemoFailure> failures) {
        String value = given.asString("");
        // MOSIP refuses an age of zero (or less) as invalid input rather than matching it
        if (!AGE.matcher(value).matches() || Integer.parseInt(value) == 0) {
            failures.add(invalid("age"));
            return;
        }
        LocalDate stored = date(identity.path("dateOfBirth").asString(""));
        if (stored == null) {
            failures.add(new DemoFailure("IDA-DEA-003", "Demographic data age not available in database", null));
        } else if (Integer.parseInt(value) > Period.between(stored, today).getYears()) {
            failures.add(mismatch("age"));
        }
    }

    private static void single(
            String attribute, JsonNode given, JsonNode stored, @Nullable Pattern form, List<DemoFailure> failures) {
        String value = given.asString("").strip();
        if (value.isEmpty() || (form != null && !form.matcher(value).matches())) {
            failures.add(invalid(attribute));
            return;
        }
        if (stored.isMissingNode() || stored.isNull()) {
            failures.add(new DemoFailure(
                    "IDA-DEA-003", "Demographic data " + attribute + " not available in database", null));
            return;
        }
        boolean equal = attribute.equals("emailId")
                ? value.equalsIgnoreCase(stored.asString().strip())
                : digitsOrText(value).equals(digitsOrText(stored.asString()));
        if (!equal) {
            failures.add(mismatch(attribute));
        }
    }

    private void metadata(JsonNode given, JsonNode identity, List<DemoFailure> failures) {
        if (!given.isObject()) {
            failures.add(invalid("metadata"));
            return;
        }
        for (var entry : given.properties()) {
            JsonNode stored = identity.path(entry.getKey());
            if (stored.isMissingNode() || stored.isNull()) {
                failures.add(new DemoFailure(
                        "IDA-DEA-003", "Demographic data " + entry.getKey() + " not available in database", null));
            } else if (!Normaliser.tokens(text(entry.getValue()), Normaliser.Kind.COMMON)
                    .equals(Normaliser.tokens(text(stored), Normaliser.Kind.COMMON))) {
                failures.add(mismatch(entry.getKey()));
            }
        }
    }

    private static String text(JsonNode node) {
        if (node.isArray() && !node.isEmpty()) {
            return node.get(0).path("value").asString(node.get(0).asString(""));
        }
        return node.asString("");
    }

    private static String digitsOrText(String value) {
        return value.replaceAll("[\\s()-]", "");
    }

    private static @Nullable LocalDate date(String value) {
        try {
            return LocalDate.parse(value, DOB);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static DemoFailure mismatch(String attribute) {
        return new DemoFailure(
                "IDA-DEA-001", "Demographic data " + attribute + " did not match", "Please re-enter your " + attribute);
    }

    private static DemoFailure invalid(String attribute) {
        return new DemoFailure("IDA-MLC-009", "Invalid Input Parameter - " + attribute, null);
    }
}
