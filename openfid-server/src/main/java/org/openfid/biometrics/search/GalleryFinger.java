package org.openfid.biometrics.search;

import com.machinezoo.sourceafis.FingerprintTemplate;
import org.jspecify.annotations.Nullable;
import org.openfid.spi.biometrics.BiometricSubtype;

/**
 * One finger held by a gallery: the serialized template (about 0.5 KB) and, while the gallery's
 * budget of resident templates allows, the deserialized SourceAFIS template (about 12-14 KB) that
 * saves the ~0.1 ms of deserialization on every comparison.
 */
final class GalleryFinger {

    private final BiometricSubtype position;
    private final byte[] serialized;
    private final @Nullable FingerprintTemplate resident;

    GalleryFinger(BiometricSubtype position, byte[] serialized, @Nullable FingerprintTemplate resident) {
        this.position = position;
        this.serialized = serialized;
        this.resident = resident;
    }

    BiometricSubtype position() {
        return position;
    }

    byte[] serialized() {
        return serialized;
    }

    boolean resident() {
        return resident != null;
    }

    /** The SourceAFIS template, deserialized now when it is not resident. */
    FingerprintTemplate template() {
        var template = resident;
        return template != null ? template : new FingerprintTemplate(serialized);
    }

    /** Whether a probe finger at {@code probe} is compared with this finger. */
    boolean comparableWith(BiometricSubtype probe) {
        return probe == position
                || probe == BiometricSubtype.UNKNOWN_FINGER
                || position == BiometricSubtype.UNKNOWN_FINGER;
    }
}
