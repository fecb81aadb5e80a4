package org.openfid.biometrics.search;

import java.util.Objects;
import org.openfid.spi.biometrics.BiometricSubtype;

/**
 * One finger of a gallery record or probe: its position and its serialized SourceAFIS template
 * ({@code BiometricTemplate.data()} of format {@code sourceafis-3}).
 */
public record EnrolledFinger(BiometricSubtype position, byte[] template) {

    public EnrolledFinger {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(template, "template");
    }
}
