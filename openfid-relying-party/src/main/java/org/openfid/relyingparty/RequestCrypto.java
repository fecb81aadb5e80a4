package org.openfid.relyingparty;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.MGF1ParameterSpec;
import java.text.ParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import javax.crypto.spec.SecretKeySpec;

/**
 * MOSIP IDA's request protection, partner side: a fresh AES-256 session key per request;
 * {@code request} and {@code requestHMAC} are AES-GCM ({@code ciphertext || tag || iv(16)}, no AAD)
 * under it, the HMAC being the upper-case hex SHA-256 of the plain request; the session key is
 * wrapped with RSA-OAEP-SHA256 for the platform's IDA certificate; the body is signed with a detached
 * RS256 JWS carrying the partner's certificate in {@code x5c}.
 */
final class RequestCrypto {

    static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();
    static final Base64.Decoder URL_DECODER = Base64.getUrlDecoder();
    private static final OAEPParameterSpec OAEP =
            new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int IV_LENGTH = 16;

    private RequestCrypto() {}

    /**
     * The three encrypted fields of a request.
     *
     * @param request base64url of the encrypted request
     * @param requestSessionKey base64url of the wrapped session key
     * @param requestHmac base64url of the encrypted HMAC
     */
    record Sealed(String request, String requestSessionKey, String requestHmac) {}

    static Sealed seal(byte[] plainRequest, X509Certificate idaCertificate) {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, RANDOM);
            SecretKey key = generator.generateKey();
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(plainRequest);
            byte[] hmac = HexFormat.of().withUpperCase().formatHex(digest).getBytes(StandardCharsets.US_ASCII);
            Cipher wrap = Cipher.getInstance("RSA/ECB/OAEPPadding");
            wrap.init(Cipher.ENCRYPT_MODE, idaCertificate.getPublicKey(), OAEP);
            return new Sealed(
                    URL.encodeToString(encrypt(key, plainRequest)),
                    URL.encodeToString(wrap.doFinal(key.getEncoded())),
                    URL.encodeToString(encrypt(key, hmac)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JDK cannot encrypt the request", e);
        }
    }

    static byte[] encrypt(SecretKey key, byte[] plain) throws GeneralSecurityException {
        byte[] iv = new byte[IV_LENGTH];
        RANDOM.nextBytes(iv);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
        byte[] sealed = cipher.doFinal(plain);
        byte[] out = Arrays.copyOf(sealed, sealed.length + IV_LENGTH);
        System.arraycopy(iv, 0, out, sealed.length, IV_LENGTH);
        return out;
    }

    /** Opens an e-KYC answer: the session key unwrapped with the partner's key, then the body. */
    static byte[] open(String identity, String sessionKey, PrivateKey partnerKey) {
        try {
            Cipher unwrap = Cipher.getInstance("RSA/ECB/OAEPPadding");
            unwrap.init(Cipher.DECRYPT_MODE, partnerKey, OAEP);
            SecretKey key = new SecretKeySpec(unwrap.doFinal(URL_DECODER.decode(sessionKey)), "AES");
            byte[] body = URL_DECODER.decode(identity);
            int split = body.length - IV_LENGTH;
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(
                    Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, Arrays.copyOfRange(body, split, body.length)));
            return cipher.doFinal(body, 0, split);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("The e-KYC identity cannot be decrypted with the partner key", e);
        }
    }

    static String thumbprint(X509Certificate certificate) {
        try {
            return URL.encodeToString(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A detached RS256 JWS over {@code body}: {@code header..signature}. */
    static String sign(byte[] body, PrivateKey key, X509Certificate certificate) {
        try {
            JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                    .x509CertChain(List.of(com.nimbusds.jose.util.Base64.encode(certificate.getEncoded())))
                    .build();
            JWSObject jws = new JWSObject(header, new Payload(body));
            jws.sign(new RSASSASigner(key));
            return jws.serialize(true);
        } catch (JOSEException | CertificateEncodingException e) {
            throw new IllegalStateException("The request cannot be signed with the partner key", e);
        }
    }

    /** Whether {@code signature} is a valid detached JWS over {@code body} by {@code certificate}. */
    static boolean verify(String signature, byte[] body, X509Certificate certificate) {
        try {
            JWSObject jws = JWSObject.parse(signature, new Payload(body));
            return jws.verify(new RSASSAVerifier((RSAPublicKey) certificate.getPublicKey()));
        } catch (ParseException | JOSEException | ClassCastException e) {
            return false;
        }
    }
}
