package org.openfid.masterdata;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One published version of the identity schema.
 *
 * @param version the version string, for example {@code "0.1"}; identities record it as {@code
 *     IDSchemaVersion}
 * @param mandatoryLanguages ISO 639-3 codes every multilingual field must be given in
 * @param optionalLanguages further languages a multilingual field may be given in
 * @param fields the identity fields, in display order
 * @param publishedAt when this version was published
 */
public record IdentitySchema(
        String version,
        List<String> mandatoryLanguages,
        List<String> optionalLanguages,
        List<SchemaField> fields,
        Instant publishedAt) {

    public IdentitySchema {
        mandatoryLanguages = List.copyOf(mandatoryLanguages);
        optionalLanguages = List.copyOf(optionalLanguages);
        fields = List.copyOf(fields);
    }

    /** The field with this id. */
    public Optional<SchemaField> field(String id) {
        return fields.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** Fields marked as handles (unique login identifiers such as phone or e-mail). */
    public List<SchemaField> handles() {
        return fields.stream().filter(SchemaField::handle).toList();
    }

    /** Fields holding biometrics (stored as blobs, read with scope {@code bio}). */
    public List<SchemaField> biometricFields() {
        return fields.stream().filter(f -> f.type() == FieldType.BIOMETRICS).toList();
    }

    /** Fields holding documents (stored as blobs). */
    public List<SchemaField> documentFields() {
        return fields.stream().filter(f -> f.type() == FieldType.DOCUMENT).toList();
    }
}
