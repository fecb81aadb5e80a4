package org.openfid.packet.crypto;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.spec.MGF1ParameterSpec;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import javax.crypto.spec.SecretKeySpec;
import org.openfid.spi.keys.EnvelopeFormat;

/**
 * MOSIP's packet encryption, done on the station with only the server's certificate: {@code
 * nonce(12) || aad(32) || envelope}, where the envelope is keymanager's salted layout ({@link
 * EnvelopeFormat}: thumbprint, RSA-OAEP-SHA256 wrapped AES-256 key, splitter, AES-GCM ciphertext
 * and 128-bit tag with IV = nonce).
 */
public final class PacketCipher {

    public static final int NONCE_LENGTH = EnvelopeFormat.GCM_IV_LENGTH;
    public static final int AAD_LENGTH = 32;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final OAEPParameterSpec OAEP_SHA256 =
            new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT);

    private PacketCipher() {}

    /** Encrypts {@code data} for the holder of {@code recipient}'s private key. */
    public static byte[] encrypt(byte[] data, X509Certificate recipient) {
        byte[] nonce = random(NONCE_LENGTH);
        byte[] aad = random(AAD_LENGTH);
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, RANDOM);
            SecretKey sessionKey = generator.generateKey();
            byte[] wrapped = rsa(Cipher.ENCRYPT_MODE, recipient.getPublicKey(), sessionKey.getEncoded());
            byte[] body = gcm(Cipher.ENCRYPT_MODE, sessionKey, nonce, aad, data);
            byte[] envelope = EnvelopeFormat.join(false, thumbprint(recipient), wrapped, body);
            byte[] out = new byte[NONCE_LENGTH + AAD_LENGTH + envelope.length];
            System.arraycopy(nonce, 0, out, 0, NONCE_LENGTH);
            System.arraycopy(aad, 0, out, NONCE_LENGTH, AAD_LENGTH);
            System.arraycopy(envelope, 0, out, NONCE_LENGTH + AAD_LENGTH, envelope.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Cannot encrypt for this certificate (RSA key required)", e);
        }
    }

    /** Decrypts an envelope's wrapped key and body (the JCA side of {@code PacketOpener}). */
    public static byte[] decrypt(PrivateKey key, byte[] wrappedKey, byte[] body, byte[] nonce, byte[] aad)
            throws GeneralSecurityException {
        byte[] raw = rsa(Cipher.DECRYPT_MODE, key, wrappedKey);
        if (raw.length != 32) {
            throw new GeneralSecurityException("Session key is not AES-256");
        }
        return gcm(Cipher.DECRYPT_MODE, new SecretKeySpec(raw, "AES"), nonce, aad, body);
    }

    /** SHA-256 of the certificate's DER encoding, the thumbprint keymanager prepends. */
    public static byte[] thumbprint(X509Certificate certificate) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
        } catch (CertificateEncodingException | NoSuchAlgorithmException e) {
            throw new IllegalArgumentException("Certificate cannot be encoded", e);
        }
    }

    /** Splits stored bytes into nonce, aad and envelope; null if too short to hold them. */
    public static byte[] @org.jspecify.annotations.Nullable [] split(byte[] stored) {
        if (stored.length <= NONCE_LENGTH + AAD_LENGTH) {
            return null;
        }
        return new byte[][] {
            Arrays.copyOf(stored, NONCE_LENGTH),
            Arrays.copyOfRange(stored, NONCE_LENGTH, NONCE_LENGTH + AAD_LENGTH),
            Arrays.copyOfRange(stored, NONCE_LENGTH + AAD_LENGTH, stored.length)
        };
    }

    private static byte[] rsa(int mode, java.security.Key key, byte[] input) throws GeneralSecurityException {
        if (!(key instanceof PublicKey || key instanceof PrivateKey) || !"RSA".equals(key.getAlgorithm())) {
            throw new GeneralSecurityException("RSA key required");
        }
        Cipher cipher = Cipher.getInstance("RSA/ECB/OAEPPadding");
        cipher.init(mode, key, OAEP_SHA256);
        return cipher.doFinal(input);
    }

    private static byte[] gcm(int mode, SecretKey key, byte[] iv, byte[] aad, byte[] input)
            throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(128, iv));
        cipher.updateAAD(aad);
        return cipher.doFinal(input);
    }

    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
