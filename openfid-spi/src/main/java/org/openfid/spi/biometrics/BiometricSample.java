package org.openfid.spi.biometrics;

import java.util.Objects;

/**
 * One captured biometric image as a standard record: the bytes of a CBEFF BDB.
 *
 * @param subtype which finger, eye or face
 * @param format the record format of {@code data}
 * @param data the record (for fingers an ISO/IEC 19794-4:2011 record holding one finger image, or an
 *     ISO/IEC 19794-2:2005 minutiae record)
 * @since 0.4
 */
public record BiometricSample(BiometricSubtype subtype, SampleFormat format, byte[] data) {

    public BiometricSample {
        Objects.requireNonNull(subtype, "subtype");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(data, "data");
        if (format.type() != subtype.type()) {
            throw new IllegalArgumentException("A " + format + " record cannot hold a " + subtype);
        }
    }

    /** The modality of the sample. */
    public BiometricType type() {
        return subtype.type();
    }

    @Override
    public String toString() {
        return "BiometricSample[" + subtype + ", " + format + ", " + data.length + " bytes]";
    }
}
