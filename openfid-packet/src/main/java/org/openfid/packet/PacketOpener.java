package org.openfid.packet;

/**
 * Decrypts a keymanager envelope of a packet with the server's registration private key. An
 * interface because on the server the key stays in its vault ({@code Envelopes.decrypt} with salt =
 * nonce and the given AAD); {@link JcaPacketOpener} serves tools and tests.
 */
@FunctionalInterface
public interface PacketOpener {

    /**
     * The plaintext of {@code envelope} ({@code thumbprint || wrapped key || #KEY_SPLITTER# ||
     * ciphertext+tag}), AES-GCM with IV {@code nonce} and {@code aad}.
     *
     * @param referenceId {@code <centreId>_<machineId>}, the key reference MOSIP uses
     * @throws PacketOpeningException if it cannot be decrypted (wrong key, tampered bytes)
     */
    byte[] open(byte[] envelope, byte[] nonce, byte[] aad, String referenceId);

    /** Decryption refused; the message says why without any content. */
    final class PacketOpeningException extends RuntimeException {
        public PacketOpeningException(String message) {
            super(message);
        }
    }
}
