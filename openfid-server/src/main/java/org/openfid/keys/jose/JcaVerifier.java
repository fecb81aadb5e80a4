package org.openfid.keys.jose;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.impl.ECDSA;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.EdECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import org.openfid.keys.JwsAlgorithm;

/** Public-key JWS verification with the JDK's providers; no vault is needed to verify. */
final class JcaVerifier {

    private static final PSSParameterSpec PSS =
            new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1);

    private JcaVerifier() {}

    /** Whether {@code signature} over {@code input} verifies; false also when alg and key do not fit. */
    static boolean verify(JwsAlgorithm algorithm, PublicKey key, byte[] input, byte[] signature) {
        try {
            Signature verifier;
            byte[] encoded = signature;
            switch (algorithm) {
                case RS256 -> {
                    requireKey(key instanceof RSAPublicKey);
                    verifier = Signature.getInstance("SHA256withRSA");
                }
                case PS256 -> {
                    requireKey(key instanceof RSAPublicKey);
                    verifier = Signature.getInstance("RSASSA-PSS");
                    verifier.setParameter(PSS);
                }
                case ES256 -> {
                    requireKey(key instanceof ECPublicKey);
                    verifier = Signature.getInstance("SHA256withECDSA");
                    if (signature.length != 64) {
                        return false;
                    }
                    encoded = ECDSA.transcodeSignatureToDER(signature);
                }
                case EdDSA -> {
                    requireKey(key instanceof EdECPublicKey);
                    verifier = Signature.getInstance("Ed25519");
                }
                default -> throw new IllegalStateException("unreachable");
            }
            verifier.initVerify(key);
            verifier.update(input);
            return verifier.verify(encoded);
        } catch (GeneralSecurityException | JOSEException | WrongKey e) {
            return false;
        }
    }

    private static void requireKey(boolean fits) throws WrongKey {
        if (!fits) {
            throw new WrongKey();
        }
    }

    private static final class WrongKey extends Exception {
        WrongKey() {
            super(null, null, false, false);
        }
    }
}
