package org.openfid.masterdata;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A registered biometric capture device. Captures it signs are checked against {@code certificate};
 * the expiry is kept beside it so that administrators see devices about to lapse.
 *
 * @param certificate the device's X.509 certificate in PEM
 * @param certificateExpiry the certificate's notAfter (computed on write)
 * @param centreId the centre the device is assigned to, if any
 */
public record Device(
        @NotBlank @Pattern(regexp = Patterns.CODE, message = Patterns.CODE_MESSAGE)
        String id,

        @NotBlank @Size(max = 128) String make,
        @NotBlank @Size(max = 128) String model,
        @NotBlank @Size(max = 128) String serial,
        @NotNull DeviceType type,
        @NotBlank @Size(max = 128) String provider,
        @NotBlank String certificate,
        @Nullable Instant certificateExpiry,

        @Nullable @Pattern(regexp = Patterns.FIVE_DIGITS, message = Patterns.FIVE_DIGITS_MESSAGE)
        String centreId,

        boolean active,
        long version)
        implements ReferenceRecord {

    @Override
    public String key() {
        return id;
    }
}
