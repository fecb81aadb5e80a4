package org.openfid.packet;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.openfid.packet.layout.PacketFiles;
import org.openfid.spi.biometrics.cbeff.CbeffDocument;
import tools.jackson.databind.JsonNode;

/** The id sub-packet's {@code packet_meta_info.json}: labels, operators, exceptions, creation date. */
final class MetaInfoReader {

    private static final String WHERE = "id/" + PacketFiles.META_INFO;

    private final OuterLayout layout;
    private final JsonNode identity;
    private final Problems problems;

    MetaInfoReader(OuterLayout layout, JsonNode identity, Problems problems) {
        this.layout = layout;
        this.identity = identity;
        this.problems = problems;
    }

    @Nullable
    RegistrationPacket packet(
            UnaryOperator<RegistrationPacket.Builder> content,
            @Nullable CbeffDocument officerCbeff,
            @Nullable CbeffDocument supervisorCbeff) {
        Map<String, @Nullable String> meta = labels("metaData");
        Map<String, @Nullable String> operations = labels("operationsData");
        if (meta == null || operations == null) {
            return null;
        }
        if (!layout.process().mosipName().equals(meta.get("registrationType"))) {
            problems.add(ProblemCode.META_INFO_INVALID, WHERE, "registrationType differs from the packet's process");
        }
        LocalDateTime created = creationTime(meta.get("creationDate"));
        var builder = RegistrationPacket.builder(layout.rid(), layout.process());
        builder.centre(String.valueOf(meta.get("centerId")), String.valueOf(meta.get("machineId")));
        meta.forEach((label, value) -> {
            if (!RegistrationPacket.RESERVED_META_DATA.contains(label)) {
                builder.metaData(label, value);
            }
        });
        operations.forEach((label, value) -> {
            if (!RegistrationPacket.RESERVED_OPERATIONS_DATA.contains(label)) {
                builder.operationsData(label, value);
            }
        });
        operator(operations.get("officerId"), officerCbeff, builder::officer);
        operator(operations.get("supervisorId"), supervisorCbeff, builder::supervisor);
        exceptions(builder);
        if (created == null || problems.any()) {
            return null;
        }
        try {
            return content.apply(builder.createdAt(created)).build();
        } catch (IllegalArgumentException e) {
            problems.add(ProblemCode.META_INFO_INVALID, WHERE, "Packet content rejected: " + e.getMessage());
            return null;
        }
    }

    private @Nullable Map<String, @Nullable String> labels(String name) {
        JsonNode array = identity.path(name);
        if (!array.isArray()) {
            problems.add(ProblemCode.META_INFO_INVALID, WHERE, name + " is not a list");
            return null;
        }
        var labels = new LinkedHashMap<String, @Nullable String>();
        for (JsonNode entry : array) {
            String label = entry.path("label").asString("");
            JsonNode value = entry.path("value");
            if (label.isEmpty()
                    || !(value.isString() || value.isNull() || value.isMissingNode())
                    || labels.containsKey(label)) {
                problems.add(ProblemCode.META_INFO_INVALID, WHERE, name + " has an invalid or repeated label");
                return null;
            }
            labels.put(label, value.isString() ? value.asString() : null);
        }
        return labels;
    }

    private @Nullable LocalDateTime creationTime(@Nullable String text) {
        try {
            return PacketAssembler.creationTime(String.valueOf(text));
        } catch (DateTimeParseException e) {
            problems.add(ProblemCode.META_INFO_INVALID, WHERE, "creationDate is not yyyy-MM-ddTHH:mm:ss.SSSZ");
            return null;
        }
    }

    private void operator(
            @Nullable String id, @Nullable CbeffDocument cbeff, java.util.function.Consumer<Operator> set) {
        if (id != null && !id.isBlank()) {
            set.accept(new Operator(id, cbeff));
        } else if (cbeff != null) {
            problems.add(ProblemCode.FILE_UNEXPECTED, WHERE, "Operator biometrics without an operator id");
        }
    }

    private void exceptions(RegistrationPacket.Builder builder) {
        JsonNode applicant = identity.path("exceptionBiometrics").path("applicant");
        for (var property : applicant.properties()) {
            JsonNode value = property.getValue();
            builder.exception(new BiometricException(
                    property.getKey(),
                    value.path("reason").asString(""),
                    value.path("exceptionType").asString("")));
        }
    }
}
