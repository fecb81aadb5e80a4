package org.openfid.enrolment.stages;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.openfid.packet.BiometricField;
import org.openfid.packet.IdentityField;
import org.openfid.packet.PacketDocument;
import org.openfid.packet.RegistrationPacket;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The identity a packet declares, as the identity JSON the schema validates: every field of every
 * sub-packet, documents as {@code {format, type, value}} and biometrics as {@code {format: "cbeff",
 * version: 1.0, value: <file key>}} (the shape of MOSIP's {@code ID.json}).
 */
final class PacketIdentity {

    /** MOSIP's date of birth format in {@code ID.json}. */
    private static final DateTimeFormatter BIRTH_DATE = DateTimeFormatter.ofPattern("uuuu/MM/dd");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PacketIdentity() {}

    /** The identity JSON object (field id to value) of {@code packet}. */
    static ObjectNode of(RegistrationPacket packet) {
        ObjectNode identity = JSON.createObjectNode();
        try {
            identity.put("IDSchemaVersion", new BigDecimal(packet.schemaVersion()));
        } catch (NumberFormatException e) {
            identity.put("IDSchemaVersion", packet.schemaVersion()); // the schema reports the type
        }
        for (IdentityField field : packet.fields()) {
            identity.set(field.name(), field.value());
        }
        for (PacketDocument document : packet.documents()) {
            ObjectNode reference = identity.putObject(document.field());
            reference.put("format", document.format());
            reference.put("type", document.type());
            reference.put("value", document.value());
        }
        for (BiometricField biometrics : packet.biometrics()) {
            ObjectNode reference = identity.putObject(biometrics.field());
            reference.put("format", "cbeff");
            reference.put("version", new BigDecimal("1.0"));
            reference.put("value", biometrics.fileKey());
        }
        return identity;
    }

    /** A plain string field's value ({@code introducerUIN}, ...), when present and not blank. */
    static Optional<String> text(RegistrationPacket packet, String field) {
        return packet.fields().stream()
                .filter(f -> f.name().equals(field))
                .map(IdentityField::value)
                .map(PacketIdentity::plain)
                .filter(value -> !value.isBlank())
                .findFirst();
    }

    /** The declared date of birth, when present and well formed. */
    static Optional<LocalDate> dateOfBirth(RegistrationPacket packet) {
        try {
            return text(packet, "dateOfBirth").map(value -> LocalDate.parse(value, BIRTH_DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A string, or the first language's value of a multilingual value. */
    private static String plain(JsonNode value) {
        if (value.isArray() && !value.isEmpty()) {
            return value.get(0).path("value").asString("");
        }
        return value.isString() ? value.asString() : "";
    }
}
