package org.openfid.packet;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Objects;

/** A {@link PacketSigner} with a private key in memory (tools, tests, software stations). */
public final class JcaPacketSigner implements PacketSigner {

    /** MOSIP's packet signature algorithm. */
    public static final String ALGORITHM = "SHA256withRSA";

    private final PrivateKey key;

    public JcaPacketSigner(PrivateKey key) {
        this.key = Objects.requireNonNull(key, "key");
    }

    @Override
    public byte[] sign(byte[] data) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(key);
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The machine key cannot sign with " + ALGORITHM, e);
        }
    }
}
