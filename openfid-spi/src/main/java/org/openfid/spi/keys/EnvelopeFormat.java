package org.openfid.spi.keys;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The byte layouts of MOSIP keymanager envelopes, without any cryptography: joining the parts when
 * encrypting and splitting them (with precise errors) when decrypting.
 *
 * <p>It lives in the SPI because two artefacts must agree on it byte for byte: the server's key
 * module (which holds the private keys) and the packet library (which encrypts packets on a
 * registration station that has only the server's certificate). One codec means one place where
 * the layout can be wrong. An envelope is {@code ["VER_R2"] [thumbprint(32)] wrappedKey
 * "#KEY_SPLITTER#" body}; the body's own layout (IV placement, AAD prefix) is the caller's.
 *
 * @since 0.5
 */
public final class EnvelopeFormat {

    /** Separates the wrapped session key from the encrypted body. */
    public static final byte[] KEY_SPLITTER = "#KEY_SPLITTER#".getBytes(StandardCharsets.US_ASCII);

    /** Header of keymanager's "R2" layout (random AAD prefixed to the body). */
    public static final byte[] VERSION_R2 = "VER_R2".getBytes(StandardCharsets.US_ASCII);

    /** SHA-256 of the recipient certificate's DER encoding. */
    public static final int THUMBPRINT_LENGTH = 32;

    /** Length of the AAD the R2 layout prefixes to the ciphertext. */
    public static final int R2_AAD_LENGTH = 32;

    /** AES-GCM nonce length used by keymanager. */
    public static final int GCM_IV_LENGTH = 12;

    /** IV length of the legacy layout ({@code ciphertext || iv(16)}). */
    public static final int LEGACY_IV_LENGTH = 16;

    /**
     * The parts of a received envelope.
     *
     * @param versionR2 whether the envelope started with {@code VER_R2}
     * @param thumbprint the recipient certificate thumbprint, when present
     * @param wrappedKey the RSA-wrapped session key
     * @param body everything after the key splitter
     */
    public record Parts(boolean versionR2, byte @Nullable [] thumbprint, byte[] wrappedKey, byte[] body) {}

    /** An envelope whose bytes do not follow the layout; the message says which part is wrong. */
    public static final class MalformedEnvelopeException extends IllegalArgumentException {
        private final boolean empty;

        MalformedEnvelopeException(String message, boolean empty) {
            super(message);
            this.empty = empty;
        }

        /** Whether there was no data at all (keymanager reports that with its own code). */
        public boolean empty() {
            return empty;
        }
    }

    private EnvelopeFormat() {}

    /** Joins the parts of an envelope; {@code thumbprint} is omitted when null. */
    public static byte[] join(boolean versionR2, byte @Nullable [] thumbprint, byte[] wrappedKey, byte[] body) {
        Objects.requireNonNull(wrappedKey, "wrappedKey");
        Objects.requireNonNull(body, "body");
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

    /**
     * Splits an envelope. The thumbprint is recognised by the key block's length (thumbprint plus an
     * RSA-2048, -3072 or -4096 block), as keymanager does.
     *
     * @throws MalformedEnvelopeException if the bytes cannot be an envelope
     */
    public static Parts split(byte[] envelope) {
        if (envelope.length == 0) {
            throw new MalformedEnvelopeException("Data sent to decrypt is empty", true);
        }
        int splitter = indexOf(envelope, KEY_SPLITTER);
        if (splitter < 0) {
            throw new MalformedEnvelopeException("Data sent to decrypt has no key splitter", false);
        }
        boolean versionR2 = startsWith(envelope, VERSION_R2);
        int start = versionR2 ? VERSION_R2.length : 0;
        byte[] keyBlock = Arrays.copyOfRange(envelope, start, Math.max(start, splitter));
        byte[] body = Arrays.copyOfRange(envelope, splitter + KEY_SPLITTER.length, envelope.length);
        byte[] thumbprint = null;
        if (versionR2 || isRsaBlockLength(keyBlock.length - THUMBPRINT_LENGTH)) {
            if (keyBlock.length <= THUMBPRINT_LENGTH) {
                throw new MalformedEnvelopeException("Envelope key block is too short", false);
            }
            thumbprint = Arrays.copyOf(keyBlock, THUMBPRINT_LENGTH);
            keyBlock = Arrays.copyOfRange(keyBlock, THUMBPRINT_LENGTH, keyBlock.length);
        }
        if (!isRsaBlockLength(keyBlock.length)) {
            throw new MalformedEnvelopeException("Envelope key block has an invalid length", false);
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

    /** The first index of {@code pattern} in {@code data}, or -1. */
    public static int indexOf(byte[] data, byte[] pattern) {
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
