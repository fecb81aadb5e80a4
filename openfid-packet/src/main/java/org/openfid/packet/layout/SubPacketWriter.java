package org.openfid.packet.layout;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openfid.packet.BiometricField;
import org.openfid.packet.PacketDocument;
import org.openfid.packet.RegistrationPacket;
import org.openfid.packet.SubPacket;
import org.openfid.spi.biometrics.cbeff.CbeffXml;
import tools.jackson.databind.node.ObjectNode;

/**
 * The files of one plain sub-packet, in the order MOSIP's packet writer hashes them: biometric CBEFF
 * files, documents, {@code ID.json}; then (id only) officer and supervisor CBEFF files and audit;
 * then the meta info and the hash files.
 */
public final class SubPacketWriter {

    private SubPacketWriter() {}

    /** The sub-packets this packet has: id always, the others when a field goes there. */
    public static List<SubPacket> subPackets(RegistrationPacket packet) {
        var result = new ArrayList<SubPacket>();
        for (SubPacket sub : SubPacket.values()) {
            if (sub == SubPacket.ID || hasContent(packet, sub)) {
                result.add(sub);
            }
        }
        return result;
    }

    private static boolean hasContent(RegistrationPacket packet, SubPacket sub) {
        return packet.fields().stream().anyMatch(f -> f.category().subPackets().contains(sub))
                || packet.documents().stream()
                        .anyMatch(d -> d.category().subPackets().contains(sub))
                || packet.biometrics().stream()
                        .anyMatch(b -> b.category().subPackets().contains(sub));
    }

    /** The entries of the plain zip of {@code sub}. */
    public static Map<String, byte[]> entries(RegistrationPacket packet, SubPacket sub) {
        if (sub == SubPacket.ID && packet.audits().isEmpty()) {
            throw new IllegalArgumentException("A packet needs at least one audit entry (MOSIP requires audit.json)");
        }
        List<BiometricField> biometrics = packet.biometrics().stream()
                .filter(b -> b.category().subPackets().contains(sub))
                .toList();
        List<PacketDocument> documents = packet.documents().stream()
                .filter(d -> d.category().subPackets().contains(sub))
                .toList();
        var data = new LinkedHashMap<String, byte[]>();
        for (BiometricField field : biometrics) {
            data.put(field.fileKey() + ".xml", field.xml());
        }
        for (PacketDocument document : documents) {
            if (data.putIfAbsent(document.fileName(), document.content()) != null) {
                throw new IllegalArgumentException("Two documents share the file name " + document.fileName());
            }
        }
        data.put(PacketFiles.ID_JSON, idJson(packet, sub, documents, biometrics));
        var operations = new LinkedHashMap<String, byte[]>();
        if (sub == SubPacket.ID) {
            if (packet.officer() != null && packet.officer().biometrics() != null) {
                operations.put(
                        PacketFiles.OFFICER_CBEFF,
                        CbeffXml.write(packet.officer().biometrics()));
            }
            if (packet.supervisor() != null && packet.supervisor().biometrics() != null) {
                operations.put(
                        PacketFiles.SUPERVISOR_CBEFF,
                        CbeffXml.write(packet.supervisor().biometrics()));
            }
            operations.put(PacketFiles.AUDIT, PacketFiles.JSON.writeValueAsBytes(packet.audits()));
        }
        var entries = new LinkedHashMap<String, byte[]>(data);
        entries.putAll(operations);
        entries.put(PacketFiles.META_INFO, MetaInfoWriter.write(packet, sub, documents, biometrics, data, operations));
        entries.put(PacketFiles.DATA_HASH, hashFile(data));
        if (sub == SubPacket.ID) {
            entries.put(PacketFiles.OPERATIONS_HASH, hashFile(operations));
        }
        return entries;
    }

    private static byte[] hashFile(Map<String, byte[]> files) {
        return PacketFiles.sha256Hex(files.values()).getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] idJson(
            RegistrationPacket packet, SubPacket sub, List<PacketDocument> documents, List<BiometricField> biometrics) {
        ObjectNode identity = PacketFiles.JSON.createObjectNode();
        packet.fields().stream()
                .filter(f -> f.category().subPackets().contains(sub))
                .forEach(f -> identity.set(f.name(), f.value()));
        for (PacketDocument document : documents) {
            ObjectNode ref = identity.putObject(document.field());
            ref.put("format", document.format());
            ref.put("type", document.type());
            ref.put("value", document.value());
            ref.put("refNumber", document.refNumber());
        }
        for (BiometricField field : biometrics) {
            ObjectNode ref = identity.putObject(field.field());
            ref.put("format", "cbeff");
            ref.put("version", 1.0);
            ref.put("value", field.fileKey());
        }
        identity.putPOJO("IDSchemaVersion", PacketFiles.schemaVersionValue(packet.schemaVersion()));
        ObjectNode root = PacketFiles.JSON.createObjectNode();
        root.set("identity", identity);
        return PacketFiles.JSON.writeValueAsBytes(root);
    }
}
