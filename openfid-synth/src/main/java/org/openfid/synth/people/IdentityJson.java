package org.openfid.synth.people;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.openfid.synth.people.CountryData.Field;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Maps a synthetic person onto the ID schema's fields, the identity an enrolment sends to the ID
 * repository. Only fields the schema declares are written, each in the shape its type asks for.
 */
final class IdentityJson {

    static final DateTimeFormatter SCHEMA_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd", Locale.ROOT);

    /** Children below this age are enrolled with an introducer (the schema's {@code ageBelow 5}). */
    private static final int INTRODUCER_AGE = 5;

    private final CountryData country;
    private final PopulationSettings settings;

    IdentityJson(CountryData country, PopulationSettings settings) {
        this.country = country;
        this.settings = settings;
    }

    ObjectNode identity(SyntheticPerson person) {
        ObjectNode identity = CountryData.JSON.createObjectNode();
        field("IDSchemaVersion").ifPresent(f -> identity.put(f.id(), new BigDecimal(country.schemaVersion)));
        text(identity, "fullName", person.fullName());
        string(identity, "dateOfBirth", SCHEMA_DATE.format(person.dateOfBirth()));
        code(identity, "gender", person.gender());
        text(identity, "addressLine1", person.address().line1());
        text(identity, "addressLine2", person.address().line2());
        text(identity, "addressLine3", person.address().line3());
        for (Place place : person.address().path()) {
            String fieldId = levelField(place.level());
            field(fieldId).ifPresent(f -> {
                if (f.type().equals("text")) {
                    text(identity, fieldId, place.names());
                } else {
                    identity.put(fieldId, place.code());
                }
            });
        }
        string(identity, "phone", person.phone());
        string(identity, "email", person.email());
        code(identity, "residenceStatus", person.residenceStatus());
        string(identity, "preferredLang", person.preferredLanguage());
        for (SyntheticDocument document : person.documents()) {
            if (document.category().equals("POI")) {
                string(identity, "referenceIdentityNumber", document.number());
            }
            field(document.field())
                    .ifPresent(f -> identity.putObject(f.id())
                            .put("format", "pdf")
                            .put("type", document.type())
                            .put("value", f.id()));
        }
        field("individualBiometrics")
                .ifPresent(f -> identity.putObject(f.id())
                        .put("format", "cbeff")
                        .put("version", 1.0)
                        .put("value", f.id() + "_bio_CBEFF"));
        if (person.ageOn(settings.referenceDate()) < INTRODUCER_AGE) {
            // the parent introduces a young child; the enrolment adds the introducer's UIN and biometrics
            Map<String, String> parent = new LinkedHashMap<>();
            person.fullName()
                    .keySet()
                    .forEach(language -> parent.put(
                            language,
                            person.middleName().get(language) + " "
                                    + person.familyName().get(language)));
            text(identity, "introducerName", parent);
        }
        field("selectedHandles").ifPresent(f -> identity.putArray(f.id()).add("phone"));
        return identity;
    }

    /** The schema field of a location level: {@code POSTAL_CODE} is {@code postalCode}. */
    static String levelField(String level) {
        var parts = level.toLowerCase(Locale.ROOT).split("_");
        var name = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            name.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return name.toString();
    }

    private Optional<Field> field(String id) {
        return country.fields.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    private void text(ObjectNode identity, String id, Map<String, String> byLanguage) {
        field(id).ifPresent(f -> {
            ArrayNode values = identity.putArray(id);
            for (String language : settings.languages()) {
                values.addObject().put("language", language).put("value", byLanguage.get(language));
            }
        });
    }

    /** A code of a dynamic list, given once per language as MOSIP's identity JSON does. */
    private void code(ObjectNode identity, String id, String code) {
        field(id).ifPresent(f -> {
            ArrayNode values = identity.putArray(id);
            for (String language : settings.languages()) {
                values.addObject().put("language", language).put("value", code);
            }
        });
    }

    private void string(ObjectNode identity, String id, String value) {
        field(id).ifPresent(f -> identity.put(id, value));
    }
}
