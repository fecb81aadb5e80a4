package org.openfid.enrolment.stages;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.openfid.masterdata.DocumentCategory;
import org.openfid.masterdata.IdentitySchemas;
import org.openfid.masterdata.ReferenceData;
import org.openfid.masterdata.SchemaField;
import org.openfid.packet.PacketDocument;
import org.openfid.packet.RegistrationPacket;
import org.springframework.stereotype.Component;

/**
 * The document check of packet validation: every document's type must exist in master data, be
 * active and be accepted for the category its schema field proves.
 *
 * <p>The schema does not name a field's document category (MOSIP keeps that in the registration
 * client's UI specification, as {@code subType}), so the category is the one whose name equals the
 * field's label in a language both share ("Proof of address" is {@code POA}), which is how the demo
 * country and {@code openfid-synth} pair them. A field no category name matches accepts any active
 * type of any active category.
 */
@Component
class PacketDocuments {

    private final ReferenceData reference;
    private final IdentitySchemas schemas;

    PacketDocuments(ReferenceData reference, IdentitySchemas schemas) {
        this.reference = reference;
        this.schemas = schemas;
    }

    /** The schema field ids of documents whose type is not acceptable, in packet order. */
    List<String> unacceptable(RegistrationPacket packet) {
        List<DocumentCategory> categories = reference.documentCategories().stream()
                .filter(DocumentCategory::active)
                .toList();
        return packet.documents().stream()
                .filter(document -> !acceptable(document, categories))
                .map(PacketDocument::field)
                .toList();
    }

    private boolean acceptable(PacketDocument document, List<DocumentCategory> categories) {
        Optional<SchemaField> field = schemas.current().field(document.field());
        Optional<DocumentCategory> proven = field.flatMap(f -> categoryOf(f, categories));
        List<DocumentCategory> accepting = proven.map(List::of).orElse(categories);
        return accepting.stream()
                .flatMap(category -> reference.documentTypes(category.code()).stream())
                .anyMatch(type -> type.active() && type.code().equals(document.type()));
    }

    private static Optional<DocumentCategory> categoryOf(SchemaField field, List<DocumentCategory> categories) {
        return categories.stream()
                .filter(category -> sameName(field.labels(), category.names()))
                .findFirst();
    }

    private static boolean sameName(Map<String, String> labels, Map<String, String> names) {
        return labels.entrySet().stream()
                .anyMatch(label -> label.getValue().equalsIgnoreCase(Objects.toString(names.get(label.getKey()), "")));
    }
}
