package org.openfid.devices.capture;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.MGF1ParameterSpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;

/**
 * Encrypts an authentication capture for the ID authentication server, as the SBI specification
 * says: a fresh AES-256 key per biometric, AES-GCM (128-bit tag, ciphertext followed by the tag)
 * whose IV is the last 12 and AAD the last 16 bytes of {@code timestamp XOR transactionId} (UTF-8,
 * the shorter one left-padded with zero bytes), the key wrapped with RSA-OAEP (SHA-256, MGF1
 * SHA-256) for the server's certificate, and that certificate's SHA-256 thumbprint so the server
 * knows which of its keys to use.
 */
public final class BioEncryption {

    private static final int TAG_BITS = 128;
    private static final OAEPParameterSpec OAEP =
            new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT);

    private final X509Certificate recipient;
    private final String thumbprint;
    private final SecureRandom random = new SecureRandom();

    /** @param recipient the ID authentication server's encryption certificate (MOSIP {@code IDA-FIR}) */
    public BioEncryption(X509Certificate recipient) {
        this.recipient = recipient;
        this.thumbprint = thumbprintOf(recipient);
    }

    /**
     * One encrypted biometric.
     *
     * @param bioValue base64url AES-GCM ciphertext and tag
     * @param sessionKey base64url RSA-OAEP wrapped AES key
     * @param thumbprint upper-case hex SHA-256 of the recipient certificate
     */
    public record Sealed(String bioValue, String sessionKey, String thumbprint) {}

    /** Encrypts {@code plain} (an ISO record) bound to the capture's timestamp and transaction id. */
    public Sealed seal(byte[] plain, String timestamp, String transactionId) {
        try {
            var generator = KeyGenerator.getInstance("AES");
            generator.init(256, random);
            SecretKey key = generator.generateKey();
            var derived = xor(timestamp, transactionId);
            var aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, last(derived, 12)));
            aes.updateAAD(last(derived, 16));
            var ciphertext = aes.doFinal(plain);
            var rsa = Cipher.getInstance("RSA/ECB/OAEPPadding");
            rsa.init(Cipher.ENCRYPT_MODE, recipient.getPublicKey(), OAEP);
            var wrapped = rsa.doFinal(key.getEncoded());
            var b64 = Base64.getUrlEncoder().withoutPadding();
            return new Sealed(b64.encodeToString(ciphertext), b64.encodeToString(wrapped), thumbprint);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt the capture for the configured certificate", e);
        }
    }

    /** {@code timestamp XOR transactionId} over their UTF-8 bytes, the shorter left-padded with zeros. */
    static byte[] xor(String timestamp, String transactionId) {
        var a = timestamp.getBytes(StandardCharsets.UTF_8);
        var b = transactionId.getBytes(StandardCharsets.UTF_8);
        var length = Math.max(a.length, b.length);
        var result = new byte[length];
        for (int i = 0; i < length; i++) {
            int ai = i - (length - a.length);
            int bi = i - (length - b.length);
            result[i] = (byte) ((ai >= 0 ? a[ai] : 0) ^ (bi >= 0 ? b[bi] : 0));
        }
        return result;
    }

    /** The last {@code n} bytes, left-padded with zeros when shorter (a very short id and timestamp). */
    static byte[] last(byte[] bytes, int n) {
        if (bytes.length >= n) {
            return Arrays.copyOfRange(bytes, bytes.length - n, bytes.length);
        }
        var padded = new byte[n];
        System.arraycopy(bytes, 0, padded, n - bytes.length, bytes.length);
        return padded;
    }

    static String thumbprintOf(X509Certificate certificate) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.of().withUpperCase().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot fingerprint the encryption certificate", e);
        }
    }
}
