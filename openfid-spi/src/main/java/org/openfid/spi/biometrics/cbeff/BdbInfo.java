package org.openfid.spi.biometrics.cbeff;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openfid.spi.biometrics.BiometricSubtype;
import org.openfid.spi.biometrics.SampleFormat;

/**
 * {@code BDBInfo}: what the BDB of a BIR is.
 *
 * @param index a unique id of the block (MOSIP writes a random UUID), or null
 * @param format the BDB format ({@code Mosip}/{@code 7} for an ISO/IEC 19794-4 finger image)
 * @param creationDate when the sample was captured, or null
 * @param type the modality (or exception photo)
 * @param subtype which finger or eye ({@link BiometricSubtype#FACE} for a face with an empty
 *     subtype); null when the element is absent
 * @param level how processed the block is, or null
 * @param purpose why it was captured, or null
 * @param quality its quality, or null
 * @since 0.4
 */
public record BdbInfo(
        @Nullable UUID index,
        RegistryId format,
        @Nullable Instant creationDate,
        BdbType type,
        @Nullable BiometricSubtype subtype,
        @Nullable BdbLevel level,
        @Nullable BdbPurpose purpose,
        @Nullable BdbQuality quality) {

    public BdbInfo {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(type, "type");
        if (subtype != null
                && type.biometricType().map(t -> t != subtype.type()).orElse(true)) {
            throw new IllegalArgumentException("A " + type.xmlName() + " BDB cannot have subtype " + subtype);
        }
    }

    /**
     * The BDBInfo MOSIP's registration client writes for a raw enrolment capture: format
     * {@code Mosip}/(the format's CBEFF type), level Raw, purpose Enroll, quality by HMAC/SHA-256.
     */
    public static BdbInfo enrolment(
            UUID index, SampleFormat format, BiometricSubtype subtype, Instant captured, int quality) {
        return new BdbInfo(
                index,
                new RegistryId(RegistryId.MOSIP, String.valueOf(format.cbeffFormatType())),
                captured,
                BdbType.of(subtype.type()),
                subtype,
                BdbLevel.RAW,
                BdbPurpose.ENROLL,
                BdbQuality.of(quality));
    }

    /** The standard record format of the BDB, if the format type is one MOSIP registers. */
    public Optional<SampleFormat> sampleFormat() {
        for (var candidate : SampleFormat.values()) {
            if (String.valueOf(candidate.cbeffFormatType()).equals(format.type())
                    && type.biometricType().orElse(null) == candidate.type()) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
