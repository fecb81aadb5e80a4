package org.openfid.enrolment.stages;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.openfid.enrolment.RegistrationType;
import org.openfid.enrolment.pipeline.CaseFile;
import org.openfid.enrolment.pipeline.Stage;
import org.openfid.enrolment.pipeline.StageOutcome;
import org.openfid.masterdata.IdentitySchemas;
import org.openfid.masterdata.SchemaViolation;
import org.openfid.masterdata.ValidationPurpose;
import org.openfid.packet.PacketProblem;
import org.openfid.packet.PacketReading;
import org.openfid.packet.RegistrationPacket;
import org.springframework.stereotype.Component;

/**
 * MOSIP's packet validator: the packet must open with this platform's key and verify completely
 * (layout, hashes, the machine's signatures, {@code ID.json}, CBEFF, audit), be the packet its sync
 * record announced (RID, process, centre and machine), and have been approved by the centre's
 * supervisor. Then the identity it declares must obey the country's identity schema (required fields
 * for a new identity, only the fields present for an update; {@code RPR-PKV-FAILED-002} names the
 * offending field ids, never values), and every document's type must be active in master data for
 * the category it proves ({@code RPR-PKV-FAILED-006}). Pure checks, so re-running it is harmless.
 */
@Component
class PacketValidation implements Stage {

    static final String NAME = "PACKET_VALIDATION";
    static final String PASSED = "RPR-PKV-SUCCESS-001";
    static final String STRUCTURE = "RPR-PKV-FAILED-001";
    static final String SCHEMA = "RPR-PKV-FAILED-002";
    static final String CHECKSUM = "RPR-PKV-FAILED-003";
    static final String SIGNATURE = "RPR-PKV-FAILED-004";
    static final String MISMATCH = "RPR-PKV-FAILED-005";
    static final String DOCUMENTS = "RPR-PKV-FAILED-006";
    static final String SUPERVISOR_REJECTED = "RPR-PKV-FAILED-011";
    private static final int MAX_NAMED_FIELDS = 8;

    private final IdentitySchemas schemas;
    private final PacketDocuments documents;

    PacketValidation(IdentitySchemas schemas, PacketDocuments documents) {
        this.schemas = schemas;
        this.documents = documents;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public StageOutcome run(CaseFile file) {
        if (!file.facts().supervisorApproved()) {
            return StageOutcome.rejected(SUPERVISOR_REJECTED, "The supervisor rejected the registration at the centre");
        }
        PacketReading reading = file.reading();
        if (!reading.valid()) {
            PacketProblem first = reading.problems().getFirst();
            return StageOutcome.rejected(code(first), first.toString());
        }
        RegistrationPacket packet = file.packet();
        if (!packet.rid().equals(file.rid().value())) {
            return StageOutcome.rejected(
                    MISMATCH, "The packet's RID differs from the RID it was synced and uploaded as");
        }
        if (!packet.process().name().equals(file.facts().process().name())) {
            return StageOutcome.rejected(
                    MISMATCH, "The packet's process differs from the registration type of its sync");
        }
        return content(file, packet);
    }

    /** The schema and document checks of a packet that verified. */
    private StageOutcome content(CaseFile file, RegistrationPacket packet) {
        ValidationPurpose purpose =
                file.facts().process() == RegistrationType.NEW ? ValidationPurpose.NEW : ValidationPurpose.UPDATE;
        List<SchemaViolation> violations = schemas.validate(
                PacketIdentity.of(packet), purpose, file.facts().langCode());
        if (!violations.isEmpty()) {
            return StageOutcome.rejected(SCHEMA, "The identity breaks the ID schema: " + fields(violations));
        }
        List<String> refused = documents.unacceptable(packet);
        if (!refused.isEmpty()) {
            return StageOutcome.rejected(
                    DOCUMENTS,
                    "Document types unknown, inactive or not accepted for their category: "
                            + String.join(", ", refused));
        }
        return StageOutcome.passed(PASSED);
    }

    /** The field ids and codes of the violations ({@code fullName (PATTERN)}), without values. */
    static String fields(List<SchemaViolation> violations) {
        Set<String> named = new LinkedHashSet<>();
        for (SchemaViolation violation : violations) {
            named.add(fieldId(violation.path()) + " (" + violation.code() + ")");
        }
        List<String> shown = named.stream().limit(MAX_NAMED_FIELDS).toList();
        return String.join(", ", shown) + (named.size() > shown.size() ? ", ..." : "");
    }

    /** {@code identity.fullName[1].value} is field {@code fullName}. */
    private static String fieldId(String path) {
        String rest = path.startsWith("identity.") ? path.substring("identity.".length()) : path;
        int end = rest.length();
        for (char stop : new char[] {'.', '['}) {
            int at = rest.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return rest.substring(0, end);
    }

    private static String code(PacketProblem problem) {
        return switch (problem.code()) {
            case SIGNATURE_INVALID, DECRYPTION_FAILED -> SIGNATURE;
            case HASH_MISMATCH, ENCRYPTED_HASH_MISMATCH -> CHECKSUM;
            default -> STRUCTURE;
        };
    }
}
