package org.openfid.packet;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Everything one registration packet says, before it is written or after it is read. Build one with
 * {@link #builder(String, PacketProcess)}.
 *
 * @param rid the registration id (digits)
 * @param creationTime the station's local time of creation (UTC by convention, as in MOSIP file names)
 * @param schemaVersion the ID schema version written as {@code IDSchemaVersion}
 * @param audits the station's audit entries ({@code audit.json}), maps of strings, no PII
 */
public record RegistrationPacket(
        String rid,
        PacketProcess process,
        String centreId,
        String machineId,
        LocalDateTime creationTime,
        String schemaVersion,
        List<IdentityField> fields,
        List<PacketDocument> documents,
        List<BiometricField> biometrics,
        @Nullable Operator officer,
        @Nullable Operator supervisor,
        List<Label> metaData,
        List<Label> operationsData,
        List<BiometricException> exceptions,
        List<Map<String, String>> audits) {

    public RegistrationPacket {
        Names.requireRid(rid);
        Objects.requireNonNull(process, "process");
        Names.requireFieldName(centreId);
        Names.requireFieldName(machineId);
        Objects.requireNonNull(creationTime, "creationTime");
        Objects.requireNonNull(schemaVersion, "schemaVersion");
        fields = List.copyOf(fields);
        documents = List.copyOf(documents);
        biometrics = List.copyOf(biometrics);
        metaData = List.copyOf(metaData);
        operationsData = List.copyOf(operationsData);
        exceptions = List.copyOf(exceptions);
        audits = audits.stream().map(Map::copyOf).toList();
        requireUniqueNames(fields, documents, biometrics);
        requireNotReserved(metaData, RESERVED_META_DATA);
        requireNotReserved(operationsData, RESERVED_OPERATIONS_DATA);
    }

    /** Labels the writer derives from the packet itself (the reader removes them again). */
    public static final java.util.Set<String> RESERVED_META_DATA =
            java.util.Set.of("creationDate", "registrationId", "registrationType", "centerId", "machineId");

    /** Operations labels the writer derives from the officer and supervisor. */
    public static final java.util.Set<String> RESERVED_OPERATIONS_DATA =
            java.util.Set.of("officerId", "officerBiometricFileName", "supervisorId", "supervisorBiometricFileName");

    private static void requireNotReserved(List<Label> labels, java.util.Set<String> reserved) {
        for (Label label : labels) {
            if (reserved.contains(label.label())) {
                throw new IllegalArgumentException("Label " + label.label() + " is written from the packet itself");
            }
        }
    }

    /** A builder for a packet of this RID and process. */
    public static Builder builder(String rid, PacketProcess process) {
        return new Builder(rid, process);
    }

    /** {@code <centreId>_<machineId>}, MOSIP's reference id for the packet's keys. */
    public String referenceId() {
        return centreId + "_" + machineId;
    }

    private static void requireUniqueNames(
            List<IdentityField> fields, List<PacketDocument> documents, List<BiometricField> biometrics) {
        var seen = new java.util.HashSet<String>();
        for (String name : names(fields, documents, biometrics)) {
            if (!seen.add(name)) {
                throw new IllegalArgumentException("Field given twice: " + name);
            }
        }
        if (seen.contains("IDSchemaVersion")) {
            throw new IllegalArgumentException("IDSchemaVersion is written from schemaVersion");
        }
    }

    private static List<String> names(
            List<IdentityField> fields, List<PacketDocument> documents, List<BiometricField> biometrics) {
        var names = new ArrayList<String>();
        fields.forEach(f -> names.add(f.name()));
        documents.forEach(d -> names.add(d.field()));
        biometrics.forEach(b -> names.add(b.field()));
        return names;
    }

    /** Collects a packet; {@link #build()} checks it. Not thread-safe. */
    public static final class Builder {
        private final String rid;
        private final PacketProcess process;
        private String centreId = "";
        private String machineId = "";
        private @Nullable LocalDateTime creationTime;
        private String schemaVersion = "0.1";
        private final Map<String, IdentityField> fields = new LinkedHashMap<>();
        private final List<PacketDocument> documents = new ArrayList<>();
        private final List<BiometricField> biometrics = new ArrayList<>();
        private @Nullable Operator officer;
        private @Nullable Operator supervisor;
        private final List<Label> metaData = new ArrayList<>();
        private final List<Label> operationsData = new ArrayList<>();
        private final List<BiometricException> exceptions = new ArrayList<>();
        private final List<Map<String, String>> audits = new ArrayList<>();

        private Builder(String rid, PacketProcess process) {
            this.rid = rid;
            this.process = process;
        }

        public Builder centre(String centreId, String machineId) {
            this.centreId = centreId;
            this.machineId = machineId;
            return this;
        }

        public Builder createdAt(LocalDateTime creationTime) {
            this.creationTime = creationTime;
            return this;
        }

        public Builder schemaVersion(String schemaVersion) {
            this.schemaVersion = schemaVersion;
            return this;
        }

        public Builder field(String name, tools.jackson.databind.JsonNode value, FieldCategory category) {
            fields.put(name, new IdentityField(name, value, category));
            return this;
        }

        public Builder document(PacketDocument document) {
            documents.add(document);
            return this;
        }

        public Builder biometrics(BiometricField field) {
            biometrics.add(field);
            return this;
        }

        public Builder officer(Operator officer) {
            this.officer = officer;
            return this;
        }

        public Builder supervisor(Operator supervisor) {
            this.supervisor = supervisor;
            return this;
        }

        public Builder metaData(String label, @Nullable String value) {
            metaData.add(new Label(label, value));
            return this;
        }

        public Builder operationsData(String label, @Nullable String value) {
            operationsData.add(new Label(label, value));
            return this;
        }

        public Builder exception(BiometricException exception) {
            exceptions.add(exception);
            return this;
        }

        public Builder audit(Map<String, String> entry) {
            audits.add(entry);
            return this;
        }

        public RegistrationPacket build() {
            Objects.requireNonNull(creationTime, "createdAt(...) is required");
            return new RegistrationPacket(
                    rid,
                    process,
                    centreId,
                    machineId,
                    creationTime,
                    schemaVersion,
                    List.copyOf(fields.values()),
                    documents,
                    biometrics,
                    officer,
                    supervisor,
                    metaData,
                    operationsData,
                    exceptions,
                    audits);
        }
    }
}
