package org.openfid.enrolment.stages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.openfid.enrolment.demographic.BirthDate;
import org.openfid.enrolment.demographic.DeclaredDemographics;
import org.openfid.identity.IdentityDocument;
import org.openfid.packet.BiometricField;
import org.openfid.packet.IdentityField;
import org.openfid.packet.PacketDocument;
import org.openfid.packet.RegistrationPacket;
import org.openfid.spi.biometrics.BiometricSample;
import org.openfid.spi.biometrics.cbeff.Bir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a packet says about the applicant, in the shapes the other modules take: the identity JSON
 * and documents for the identity module's draft (MOSIP's UIN generator maps the packet the same way:
 * fields as they are, documents and biometrics as {@code {format, type, value}} references), the
 * declared demographics for demographic de-duplication, and the applicant's samples for the ABIS.
 */
final class PacketIdentity {

    static final String APPLICANT_BIOMETRICS = "individualBiometrics";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PacketIdentity() {}

    /** The identity JSON: every field, document reference and biometric reference of the packet. */
    static ObjectNode json(RegistrationPacket packet) {
        ObjectNode identity = JSON.createObjectNode();
        try {
            identity.put("IDSchemaVersion", new java.math.BigDecimal(packet.schemaVersion()));
        } catch (NumberFormatException e) {
            identity.put("IDSchemaVersion", packet.schemaVersion()); // the schema reports the type
        }
        for (IdentityField field : packet.fields()) {
            if (!field.name().equals("UIN")) { // the UIN names the identity; it is never data to merge
                identity.set(field.name(), field.value());
            }
        }
        for (PacketDocument document : packet.documents()) {
            ObjectNode reference = identity.putObject(document.field())
                    .put("format", document.format())
                    .put("type", document.type())
                    .put("value", document.value());
            if (document.refNumber() != null) {
                reference.put("refNumber", document.refNumber());
            }
        }
        for (BiometricField biometrics : packet.biometrics()) {
            identity.putObject(biometrics.field())
                    .put("format", "cbeff")
                    .put("version", 1.0)
                    .put("value", biometrics.fileKey());
        }
        return identity;
    }

    /** The documents and CBEFF files, by schema field. */
    static List<IdentityDocument> documents(RegistrationPacket packet) {
        var documents = new ArrayList<IdentityDocument>();
        for (PacketDocument document : packet.documents()) {
            documents.add(new IdentityDocument(document.field(), document.content()));
        }
        for (BiometricField biometrics : packet.biometrics()) {
            documents.add(new IdentityDocument(biometrics.field(), biometrics.xml()));
        }
        return documents;
    }

    /** The applicant's captured samples (not the officer's, supervisor's or introducer's). */
    static List<BiometricSample> applicantSamples(RegistrationPacket packet) {
        return packet.biometrics().stream()
                .filter(field -> field.field().equals(APPLICANT_BIOMETRICS))
                .flatMap(field -> field.cbeff().birs().stream())
                .map(Bir::sample)
                .flatMap(java.util.Optional::stream)
                .toList();
    }

    /**
     * The identity JSON the schema validates: {@link #json} plus the {@code UIN} an update, status
     * change or correction packet names.
     */
    static ObjectNode of(RegistrationPacket packet) {
        ObjectNode identity = json(packet);
        JsonNode uin = field(packet, "UIN");
        if (uin != null) {
            identity.set("UIN", uin);
        }
        return identity;
    }

    /** A plain string field's value ({@code introducerUIN}, ...), when present and not blank. */
    static java.util.Optional<String> text(RegistrationPacket packet, String field) {
        return java.util.Optional.ofNullable(field(packet, field))
                .map(PacketIdentity::plain)
                .filter(value -> !value.isBlank());
    }

    /** The declared date of birth, when present and well formed ({@code yyyy/MM/dd}). */
    static java.util.Optional<java.time.LocalDate> dateOfBirth(RegistrationPacket packet) {
        try {
            return text(packet, "dateOfBirth")
                    .map(value -> java.time.LocalDate.parse(
                            value, java.time.format.DateTimeFormatter.ofPattern("uuuu/MM/dd")));
        } catch (java.time.format.DateTimeParseException e) {
            return java.util.Optional.empty();
        }
    }

    /** A string, or the first language's value of a multilingual value. */
    private static String plain(JsonNode value) {
        if (value.isArray() && !value.isEmpty()) {
            return value.get(0).path("value").asString("");
        }
        return value.isString() ? value.asString() : "";
    }

    /** The UIN an update, status change or correction packet is about ({@code UIN} field), if any. */
    static java.util.Optional<org.openfid.identity.Uin> uin(RegistrationPacket packet) {
        JsonNode value = field(packet, "UIN");
        if (value == null || !(value.isString() || value.isNumber())) {
            return java.util.Optional.empty();
        }
        String digits = value.asString().strip();
        return digits.matches("[0-9]{1,32}")
                ? java.util.Optional.of(new org.openfid.identity.Uin(digits))
                : java.util.Optional.empty();
    }

    /** Full name by language, date of birth and gender code, as declared. */
    static DeclaredDemographics demographics(RegistrationPacket packet) {
        Map<String, String> names = new TreeMap<>();
        JsonNode fullName = field(packet, "fullName");
        if (fullName != null && fullName.isArray()) {
            for (JsonNode entry : fullName) {
                String language = entry.path("language").asString("");
                String value = entry.path("value").asString("");
                if (!language.isBlank() && !value.isBlank()) {
                    names.put(language, value);
                }
            }
        }
        JsonNode dob = field(packet, "dateOfBirth");
        BirthDate birthDate = null;
        if (dob != null && dob.isString()) {
            try {
                birthDate = BirthDate.parse(dob.asString());
            } catch (IllegalArgumentException e) {
                birthDate = null; // no blocking key without a usable date; validation judged the schema
            }
        }
        return new DeclaredDemographics(names, birthDate, gender(field(packet, "gender")));
    }

    private static @Nullable String gender(@Nullable JsonNode gender) {
        if (gender == null) {
            return null;
        }
        if (gender.isString()) {
            return gender.asString();
        }
        if (gender.isArray() && !gender.isEmpty()) {
            String code = gender.get(0).path("value").asString("");
            return code.isBlank() ? null : code;
        }
        return null;
    }

    private static @Nullable JsonNode field(RegistrationPacket packet, String name) {
        return packet.fields().stream()
                .filter(field -> field.name().equals(name))
                .map(IdentityField::value)
                .findFirst()
                .orElse(null);
    }
}
