package org.openfid.keys.envelope;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.openfid.keys.KeysError;
import org.openfid.keys.KeysException;

/**
 * The byte layouts of MOSIP keymanager envelopes, without any cryptography: joining the parts when
 * encrypting and splitting them (with precise errors) when decrypting. See {@link
 * org.openfid.keys.Envelopes} for the three layouts.
 */
final class EnvelopeLayout {

    static final byte[] KEY_SPLITTER = "#KEY_SPLITTER#".getBytes(StandardCharsets.US_ASCII);
    static final byte[] VERSION_R2 = "VER_R2".getBytes(StandardCharsets.US_ASCII);
    static final int THUMBPRINT_LENGTH = 32;
    static final int R2_AAD_LENGTH = 32;
    static final int GCM_IV_LENGTH = 12;
    static final int LEGACY_IV_LENGTH = 16;

    /** The parts of a received envelope. */
    record Parts(boolean versionR2, byte @Nullable [] thumbprint, byte[] wrappedKey, byte[] body) {}

    private EnvelopeLayout() {}

    static byte[] join(boolean versionR2, byte @Nullable [] thumbprint, byte[] wrappedKey, byte[] body) {
        var out = new ByteArrayOutputStream(body.length + wrappedKey.length + 64);
        if (versionR2) {
            out.writeBytes(VERSION_R2);
        }
        if (thumbprint != null) {
            out.writeBytes(thumbprint);
        }
        out.writeBytes(wrappedKey);
        out.writeBytes(KEY_SPLITTER);
        out.writeBytes(body);
        return out.toByteArray();
    }

    static Parts split(byte[] envelope) {
        if (envelope.length == 0) {
            throw new KeysException(KeysError.EMPTY_DATA);
        }
        int splitter = indexOf(envelope, KEY_SPLITTER);
        if (splitter < 0) {
            throw new KeysException(KeysError.INVALID_DATA, "Data sent to decrypt has no key splitter");
        }
        boolean versionR2 = startsWith(envelope, VERSION_R2);
        int start = versionR2 ? VERSION_R2.length : 0;
        byte[] keyBlock = Arrays.copyOfRange(envelope, start, Math.max(start, splitter));
        byte[] body = Arrays.copyOfRange(envelope, splitter + KEY_SPLITTER.length, envelope.length);
        byte[] thumbprint = null;
        if (versionR2 || isRsaBlockLength(keyBlock.length - THUMBPRINT_LENGTH)) {
            if (keyBlock.length <= THUMBPRINT_LENGTH) {
                throw new KeysException(KeysError.INVALID_DATA, "Envelope key block is too short");
            }
            thumbprint = Arrays.copyOf(keyBlock, THUMBPRINT_LENGTH);
            keyBlock = Arrays.copyOfRange(keyBlock, THUMBPRINT_LENGTH, keyBlock.length);
        }
        if (!isRsaBlockLength(keyBlock.length)) {
            throw new KeysException(KeysError.INVALID_DATA, "Envelope key block has an invalid length");
        }
        return new Parts(versionR2, thumbprint, keyBlock, body);
    }

    /** RSA-2048, -3072 and -4096 wrapped keys. */
    private static boolean isRsaBlockLength(int length) {
        return length == 256 || length == 384 || length == 512;
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }

    static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
