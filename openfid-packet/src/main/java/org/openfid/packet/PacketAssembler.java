package org.openfid.packet;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.openfid.packet.layout.PacketFiles;
import org.openfid.spi.biometrics.BiometricFormatException;
import org.openfid.spi.biometrics.cbeff.CbeffDocument;
import org.openfid.spi.biometrics.cbeff.CbeffXml;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Turns verified sub-packets back into a {@link RegistrationPacket}, checking what the hashes cannot:
 * the shape of {@code ID.json}, the documents and CBEFF files it refers to, the meta info, {@code
 * audit.json}. A field's category is recovered from where it was found (id gives {@code kyc}, all
 * sub-packets {@code none}): pvt and kyc cannot be told apart in a packet.
 */
final class PacketAssembler {

    private final OuterLayout layout;
    private final Map<SubPacket, Map<String, byte[]>> subPackets;
    private final PacketLimits limits;
    private final Problems problems;
    private final Map<String, JsonNode> values = new LinkedHashMap<>();
    private final Map<String, Set<SubPacket>> seenIn = new LinkedHashMap<>();
    private final Map<String, PacketDocument> documents = new LinkedHashMap<>();
    private final Map<String, ReadCbeff> biometrics = new LinkedHashMap<>();

    /** A biometric file as parsed and as carried (its bytes are kept so nobody writes them again). */
    private record ReadCbeff(CbeffDocument document, byte[] xml) {}

    private String schemaVersion = "";

    PacketAssembler(
            OuterLayout layout,
            Map<SubPacket, Map<String, byte[]>> subPackets,
            PacketLimits limits,
            Problems problems) {
        this.layout = layout;
        this.subPackets = subPackets;
        this.limits = limits;
        this.problems = problems;
    }

    @Nullable
    RegistrationPacket assemble() {
        subPackets.forEach(this::readIdJson);
        Map<String, byte[]> id = subPackets.get(SubPacket.ID);
        JsonNode meta =
                parse(id.get(PacketFiles.META_INFO), "id/" + PacketFiles.META_INFO, ProblemCode.META_INFO_INVALID);
        List<Map<String, String>> audits = audits(id.get(PacketFiles.AUDIT));
        if (meta == null || problems.any()) {
            return null;
        }
        return new MetaInfoReader(layout, meta.path("identity"), problems)
                .packet(
                        builder -> {
                            values.forEach((name, value) -> builder.field(name, value, category(seenIn.get(name))));
                            documents
                                    .values()
                                    .forEach(d -> builder.document(withCategory(d, category(seenIn.get(d.field())))));
                            biometrics.forEach((field, read) -> builder.biometrics(new BiometricField(
                                    field, read.document(), category(seenIn.get(field)), read.xml())));
                            builder.schemaVersion(schemaVersion);
                            audits.forEach(builder::audit);
                            return builder;
                        },
                        operatorCbeff(id, PacketFiles.OFFICER_CBEFF),
                        operatorCbeff(id, PacketFiles.SUPERVISOR_CBEFF));
    }

    private void readIdJson(SubPacket sub, Map<String, byte[]> files) {
        String where = sub.fileName() + "/" + PacketFiles.ID_JSON;
        JsonNode root = parse(files.get(PacketFiles.ID_JSON), where, ProblemCode.ID_JSON_INVALID);
        JsonNode identity = root == null ? null : root.get("identity");
        if (identity == null || !identity.isObject()) {
            if (root != null) {
                problems.add(ProblemCode.ID_JSON_INVALID, where, "No identity object");
            }
            return;
        }
        if (!identity.has("IDSchemaVersion")) {
            problems.add(ProblemCode.ID_JSON_INVALID, where, "IDSchemaVersion is missing");
        }
        for (var property : identity.properties()) {
            String name = property.getKey();
            JsonNode value = property.getValue();
            if (name.equals("IDSchemaVersion")) {
                schemaVersion = value.isNumber() ? value.decimalValue().toPlainString() : value.asString("");
                continue;
            }
            if (!IdJsonShape.validName(name)) {
                problems.add(ProblemCode.ID_JSON_INVALID, where, "Invalid field name");
                continue;
            }
            seenIn.computeIfAbsent(name, n -> EnumSet.noneOf(SubPacket.class)).add(sub);
            readValue(sub, files, where, name, value);
        }
    }

    private void readValue(SubPacket sub, Map<String, byte[]> files, String where, String name, JsonNode value) {
        switch (IdJsonShape.kind(value, limits.maxFieldChars())) {
            case BIOMETRICS -> {
                String file = value.path("value").asString("") + ".xml";
                byte[] xml = files.get(file);
                CbeffDocument cbeff = cbeff(xml, sub.fileName() + "/" + file);
                if (cbeff != null && xml != null) {
                    biometrics.putIfAbsent(name, new ReadCbeff(cbeff, xml));
                }
            }
            case DOCUMENT -> {
                String file = value.path("value").asString("") + "."
                        + value.path("format").asString("");
                byte[] content = files.get(file);
                if (content == null) {
                    problems.add(
                            ProblemCode.FILE_MISSING,
                            sub.fileName() + "/" + file,
                            "Document of field " + name + " is absent");
                } else {
                    documents.putIfAbsent(
                            name,
                            new PacketDocument(
                                    name,
                                    value.path("format").asString(),
                                    value.path("type").asString(""),
                                    value.path("value").asString(),
                                    value.path("refNumber").asString(null),
                                    content,
                                    FieldCategory.NONE));
                }
            }
            case VALUE -> values.putIfAbsent(name, value);
            case TOO_LONG ->
                problems.add(
                        ProblemCode.ID_JSON_INVALID,
                        where,
                        "Field " + name + " is longer than " + limits.maxFieldChars());
            case INVALID ->
                problems.add(ProblemCode.ID_JSON_INVALID, where, "Field " + name + " is not in a MOSIP value shape");
        }
    }

    private @Nullable CbeffDocument cbeff(byte @Nullable [] xml, String where) {
        if (xml == null) {
            problems.add(ProblemCode.FILE_MISSING, where, "Biometric file referred to by ID.json is absent");
            return null;
        }
        try {
            return CbeffXml.read(xml);
        } catch (BiometricFormatException e) {
            problems.add(ProblemCode.CBEFF_INVALID, where, String.valueOf(e.getMessage()));
            return null;
        }
    }

    private @Nullable CbeffDocument operatorCbeff(Map<String, byte[]> id, String file) {
        return id.containsKey(file) ? cbeff(id.get(file), "id/" + file) : null;
    }

    private List<Map<String, String>> audits(byte @Nullable [] bytes) {
        JsonNode root = null;
        try {
            root = bytes == null ? null : PacketFiles.JSON.readTree(bytes);
        } catch (JacksonException e) {
            // reported below
        }
        var audits = new ArrayList<Map<String, String>>();
        if (root == null || !root.isArray()) {
            problems.add(ProblemCode.AUDIT_INVALID, "id/" + PacketFiles.AUDIT, "Not a JSON list");
            return audits;
        }
        for (JsonNode entry : root) {
            if (!entry.isObject()) {
                problems.add(ProblemCode.AUDIT_INVALID, "id/" + PacketFiles.AUDIT, "An entry is not an object");
                return audits;
            }
            var map = new LinkedHashMap<String, String>();
            entry.properties()
                    .forEach(p -> map.put(
                            p.getKey(),
                            p.getValue().isValueNode()
                                    ? p.getValue().asString()
                                    : p.getValue().toString()));
            audits.add(map);
        }
        return audits;
    }

    private @Nullable JsonNode parse(byte @Nullable [] bytes, String where, ProblemCode code) {
        try {
            JsonNode node = bytes == null ? null : PacketFiles.JSON.readTree(bytes);
            if (node != null && node.isObject()) {
                return node;
            }
        } catch (JacksonException e) {
            // reported below, without the parser's message (it may quote content)
        }
        problems.add(code, where, "Not a JSON object");
        return null;
    }

    private static FieldCategory category(Set<SubPacket> in) {
        if (in.size() > 1) {
            return FieldCategory.NONE;
        }
        return switch (in.iterator().next()) {
            case ID -> FieldCategory.KYC;
            case EVIDENCE -> FieldCategory.EVIDENCE;
            case OPTIONAL -> FieldCategory.OPTIONAL;
        };
    }

    private static PacketDocument withCategory(PacketDocument d, FieldCategory category) {
        return new PacketDocument(d.field(), d.format(), d.type(), d.value(), d.refNumber(), d.content(), category);
    }

    static LocalDateTime creationTime(String text) throws DateTimeParseException {
        return LocalDateTime.parse(text, PacketFiles.CREATION_DATE);
    }
}
