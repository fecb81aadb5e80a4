package org.openfid.authentication.bio;

import java.time.Instant;
import org.openfid.spi.biometrics.BiometricSample;
import org.openfid.spi.biometrics.BiometricSubtype;
import org.openfid.spi.biometrics.BiometricType;
import org.openfid.spi.biometrics.SampleFormat;

/**
 * One biometric of a request after its device signature, encryption and hash checked out.
 * {@link #toString()} shows no biometric data.
 *
 * @param type finger, iris or face
 * @param subtype which one ({@link BiometricSubtype#UNKNOWN_FINGER} when the device could not tell)
 * @param format the ISO record's format
 * @param record the decrypted ISO record
 * @param timestamp when the device captured it
 * @param digitalIdTime the {@code dateTime} of the device's digital id
 */
public record Capture(
        BiometricType type,
        BiometricSubtype subtype,
        SampleFormat format,
        byte[] record,
        Instant timestamp,
        Instant digitalIdTime) {

    /** The capture as a sample for the biometric SDK. */
    public BiometricSample sample() {
        return new BiometricSample(subtype, format, record.clone());
    }

    @Override
    public String toString() {
        return "Capture[" + subtype + ", " + format + ", " + record.length + " bytes]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Capture c
                && c.subtype == subtype
                && c.format == format
                && java.util.Arrays.equals(c.record, record)
                && c.timestamp.equals(timestamp);
    }

    @Override
    public int hashCode() {
        return subtype.hashCode() * 31 + java.util.Arrays.hashCode(record);
    }
}
