package org.openfid.packet;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Objects;
import org.openfid.packet.crypto.PacketCipher;
import org.openfid.spi.keys.EnvelopeFormat;

/** A {@link PacketOpener} with the server's private key in memory (tools and tests). */
public final class JcaPacketOpener implements PacketOpener {

    private final PrivateKey key;
    private final byte[] thumbprint;

    public JcaPacketOpener(PrivateKey key, X509Certificate certificate) {
        this.key = Objects.requireNonNull(key, "key");
        this.thumbprint = PacketCipher.thumbprint(certificate);
    }

    @Override
    public byte[] open(byte[] envelope, byte[] nonce, byte[] aad, String referenceId) {
        EnvelopeFormat.Parts parts;
        try {
            parts = EnvelopeFormat.split(envelope);
        } catch (EnvelopeFormat.MalformedEnvelopeException e) {
            throw new PacketOpeningException(e.getMessage());
        }
        if (parts.thumbprint() != null && !Arrays.equals(parts.thumbprint(), thumbprint)) {
            throw new PacketOpeningException("Encrypted for another certificate (thumbprint mismatch)");
        }
        try {
            return PacketCipher.decrypt(key, parts.wrappedKey(), parts.body(), nonce, aad);
        } catch (GeneralSecurityException e) {
            throw new PacketOpeningException("Decryption failed: wrong key or tampered data");
        }
    }
}
