package org.openfid.synth.people;

import java.util.Map;

/**
 * A supporting document a person brings to enrolment; {@link org.openfid.synth.documents} renders it.
 *
 * @param field the ID schema's document field it fills, e.g. {@code proofOfIdentity}
 * @param category the country's document category code, e.g. {@code POI}
 * @param type the country's document type code, e.g. {@code PASSPORT}
 * @param typeNames the type's name per language, as printed on the document
 * @param number the document number (upper-case letters and digits)
 */
public record SyntheticDocument(
        String field, String category, String type, Map<String, String> typeNames, String number) {

    public SyntheticDocument {
        typeNames = Map.copyOf(typeNames);
    }

    /** A file name stem for this document, e.g. {@code proofOfIdentity-PASSPORT}. */
    public String fileStem() {
        return field + "-" + type;
    }
}
