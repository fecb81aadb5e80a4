package org.openfid.packet;

import java.util.Objects;
import org.openfid.spi.biometrics.cbeff.CbeffDocument;

/** A biometric field of the schema (for example {@code individualBiometrics}) and its CBEFF record. */
public record BiometricField(String field, CbeffDocument cbeff, FieldCategory category) {
    public BiometricField {
        Names.requireFieldName(field);
        Objects.requireNonNull(cbeff, "cbeff");
        Objects.requireNonNull(category, "category");
    }

    /** The file name without extension, as {@code ID.json} and the hash sequences name it. */
    public String fileKey() {
        return field + "_bio_CBEFF";
    }
}
