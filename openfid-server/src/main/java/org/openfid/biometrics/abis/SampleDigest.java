package org.openfid.biometrics.abis;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.openfid.spi.biometrics.BiometricSample;

/**
 * SHA-256 over a request's samples, independent of their order: what tells a retried insert (same
 * samples, a no-op) from a conflicting one (other samples, {@code REFERENCE_ID_EXISTS}). Each sample
 * contributes its subtype, format and a length-prefixed copy of its bytes, so no two different sample
 * lists share an encoding.
 */
final class SampleDigest {

    private SampleDigest() {}

    static String of(List<BiometricSample> samples) {
        var sorted = samples.stream()
                .sorted(Comparator.comparing(BiometricSample::subtype)
                        .thenComparing(BiometricSample::format)
                        .thenComparing(BiometricSample::data, Arrays::compare))
                .toList();
        MessageDigest digest = sha256();
        for (var sample : sorted) {
            digest.update(sample.subtype().name().getBytes(StandardCharsets.US_ASCII));
            digest.update((byte) 0);
            digest.update(sample.format().name().getBytes(StandardCharsets.US_ASCII));
            digest.update(ByteBuffer.allocate(4).putInt(sample.data().length).array());
            digest.update(sample.data());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
