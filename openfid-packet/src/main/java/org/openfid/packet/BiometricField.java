package org.openfid.packet;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.openfid.spi.biometrics.cbeff.CbeffDocument;
import org.openfid.spi.biometrics.cbeff.CbeffXml;

/**
 * A biometric field of the schema (for example {@code individualBiometrics}) and its CBEFF record.
 *
 * @param field the schema field
 * @param cbeff the parsed record
 * @param category the schema category that places the field in a sub-packet
 * @param source the CBEFF XML exactly as a read packet carried it (already verified against the
 *     packet's hashes and signature), or null for a field built in memory; not part of equality
 */
public record BiometricField(String field, CbeffDocument cbeff, FieldCategory category, byte @Nullable [] source) {
    public BiometricField {
        Names.requireFieldName(field);
        Objects.requireNonNull(cbeff, "cbeff");
        Objects.requireNonNull(category, "category");
    }

    /** A field built in memory (its XML is written when needed). */
    public BiometricField(String field, CbeffDocument cbeff, FieldCategory category) {
        this(field, cbeff, category, null);
    }

    /** The file name without extension, as {@code ID.json} and the hash sequences name it. */
    public String fileKey() {
        return field + "_bio_CBEFF";
    }

    /**
     * The CBEFF XML of this field: the packet's own bytes when it was read (re-writing a megabyte of
     * images was a measurable share of an enrolment's cost), else freshly written. Callers must not
     * modify the array.
     */
    public byte[] xml() {
        return source != null ? source : CbeffXml.write(cbeff);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BiometricField that
                && field.equals(that.field)
                && cbeff.equals(that.cbeff)
                && category == that.category;
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, cbeff, category);
    }

    @Override
    public String toString() {
        return "BiometricField[field=" + field + ", category=" + category + ", birs="
                + cbeff.birs().size() + "]";
    }
}
