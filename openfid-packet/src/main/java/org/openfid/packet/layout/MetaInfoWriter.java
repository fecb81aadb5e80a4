package org.openfid.packet.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openfid.packet.BiometricException;
import org.openfid.packet.BiometricField;
import org.openfid.packet.Label;
import org.openfid.packet.Operator;
import org.openfid.packet.PacketDocument;
import org.openfid.packet.RegistrationPacket;
import org.openfid.packet.SubPacket;
import org.openfid.spi.biometrics.cbeff.Bir;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code packet_meta_info.json} of one sub-packet. */
final class MetaInfoWriter {

    private MetaInfoWriter() {}

    static byte[] write(
            RegistrationPacket packet,
            SubPacket sub,
            List<PacketDocument> documents,
            List<BiometricField> biometrics,
            Map<String, byte[]> dataFiles,
            Map<String, byte[]> operationFiles) {
        ObjectNode identity = PacketFiles.JSON.createObjectNode();
        labels(identity.putArray("metaData"), metaData(packet));
        labels(identity.putArray("operationsData"), operationsData(packet));
        identity.putArray("capturedRegisteredDevices");
        ArrayNode docs = identity.putArray("documents");
        for (PacketDocument document : documents) {
            ObjectNode doc = docs.addObject();
            doc.put("documentName", document.value());
            doc.put("documentCategory", document.field());
            doc.put("documentOwner", "applicant");
            doc.put("refNumber", document.refNumber());
        }
        writeBiometrics(identity.putObject("biometrics"), biometrics);
        writeExceptions(
                identity.putObject("exceptionBiometrics"), sub == SubPacket.ID ? packet.exceptions() : List.of());
        ArrayNode sequence1 = identity.putArray("hashSequence1");
        sequence(
                sequence1.addObject(),
                "biometricSequence",
                dataFiles.keySet().stream()
                        .filter(name -> name.endsWith(PacketFiles.BIO_SUFFIX + ".xml"))
                        .toList());
        sequence(
                sequence1.addObject(),
                "demographicSequence",
                dataFiles.keySet().stream()
                        .filter(name -> !name.endsWith(PacketFiles.BIO_SUFFIX + ".xml"))
                        .toList());
        if (sub == SubPacket.ID) {
            sequence(
                    identity.putArray("hashSequence2").addObject(), "otherFiles", List.copyOf(operationFiles.keySet()));
        }
        identity.put("registrationId", packet.rid());
        identity.put("creationDate", packet.creationTime().format(PacketFiles.CREATION_DATE));
        ObjectNode root = PacketFiles.JSON.createObjectNode();
        root.set("identity", identity);
        return PacketFiles.JSON.writeValueAsBytes(root);
    }

    /** The labels MOSIP always writes, then the caller's. */
    private static List<Label> metaData(RegistrationPacket packet) {
        var labels = new ArrayList<Label>();
        labels.add(new Label("creationDate", packet.creationTime().format(PacketFiles.CREATION_DATE)));
        labels.add(new Label("registrationId", packet.rid()));
        labels.add(new Label("registrationType", packet.process().mosipName()));
        labels.add(new Label("centerId", packet.centreId()));
        labels.add(new Label("machineId", packet.machineId()));
        labels.addAll(packet.metaData());
        return labels;
    }

    private static List<Label> operationsData(RegistrationPacket packet) {
        var labels = new ArrayList<Label>();
        Operator officer = packet.officer();
        Operator supervisor = packet.supervisor();
        labels.add(new Label("officerId", officer == null ? null : officer.id()));
        labels.add(new Label(
                "officerBiometricFileName",
                officer == null || officer.biometrics() == null ? null : PacketFiles.key(PacketFiles.OFFICER_CBEFF)));
        labels.add(new Label("supervisorId", supervisor == null ? null : supervisor.id()));
        labels.add(new Label(
                "supervisorBiometricFileName",
                supervisor == null || supervisor.biometrics() == null
                        ? null
                        : PacketFiles.key(PacketFiles.SUPERVISOR_CBEFF)));
        labels.addAll(packet.operationsData());
        return labels;
    }

    private static void labels(ArrayNode array, List<Label> labels) {
        for (Label label : labels) {
            array.addObject().put("label", label.label()).put("value", label.value());
        }
    }

    private static void sequence(ObjectNode node, String label, List<String> fileNames) {
        node.put("label", label);
        ArrayNode values = node.putArray("value");
        fileNames.forEach(name -> values.add(PacketFiles.sequenceKey(name)));
    }

    /** Per person role (applicant, introducer, ...), per bio attribute: where its BIR is. */
    private static void writeBiometrics(ObjectNode node, List<BiometricField> biometrics) {
        for (BiometricField field : biometrics) {
            ObjectNode role = node.putObject(role(field.field()));
            List<Bir> birs = field.cbeff().birs();
            for (int i = 0; i < birs.size(); i++) {
                var subtype = birs.get(i).bdbInfo().subtype();
                String attribute = subtype == null ? "unknown" + i : subtype.attribute();
                Map<String, String> others = birs.get(i).others();
                role.putObject(attribute)
                        .put("birindex", i)
                        .put("forceCaptured", Boolean.parseBoolean(others.getOrDefault("FORCE_CAPTURED", "false")))
                        .put("numRetry", parseInt(others.get("RETRIES")));
            }
        }
    }

    private static void writeExceptions(ObjectNode node, List<BiometricException> exceptions) {
        if (exceptions.isEmpty()) {
            return;
        }
        ObjectNode applicant = node.putObject("applicant");
        for (BiometricException exception : exceptions) {
            applicant
                    .putObject(exception.attribute())
                    .put("type", "Finger")
                    .put("missingBiometric", exception.attribute())
                    .put("reason", exception.reason())
                    .put("exceptionType", exception.exceptionType())
                    .put("individualType", "applicant");
        }
    }

    static String role(String field) {
        return switch (field) {
            case "individualBiometrics" -> "applicant";
            case "individualAuthBiometrics" -> "applicant-auth";
            case "introducerBiometrics" -> "introducer";
            default -> field;
        };
    }

    private static int parseInt(@org.jspecify.annotations.Nullable String value) {
        try {
            return value == null ? 0 : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
