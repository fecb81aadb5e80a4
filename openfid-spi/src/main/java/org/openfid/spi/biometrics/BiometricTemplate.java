package org.openfid.spi.biometrics;

import java.util.Objects;

/**
 * Features extracted from a sample by an SDK, in that SDK's own format; only the SDK that made a
 * template can compare it, which is why a template always names its {@code format}.
 *
 * @param subtype which finger, eye or face it came from
 * @param format the SDK's template format, e.g. {@code sourceafis-3}
 * @param data the serialized template
 * @since 0.4
 */
public record BiometricTemplate(BiometricSubtype subtype, String format, byte[] data) {

    public BiometricTemplate {
        Objects.requireNonNull(subtype, "subtype");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(data, "data");
    }

    @Override
    public String toString() {
        return "BiometricTemplate[" + subtype + ", " + format + ", " + data.length + " bytes]";
    }
}
