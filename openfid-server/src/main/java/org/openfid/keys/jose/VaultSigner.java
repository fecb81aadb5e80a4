package org.openfid.keys.jose;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.impl.ECDSA;
import com.nimbusds.jose.jca.JCAContext;
import com.nimbusds.jose.util.Base64URL;
import java.util.Set;
import org.openfid.keys.JwsAlgorithm;
import org.openfid.spi.keys.KeyVault;
import org.openfid.spi.keys.SignatureScheme;

/** A Nimbus signer whose private-key operation happens in the vault. */
final class VaultSigner implements JWSSigner {

    private final KeyVault vault;
    private final String alias;
    private final JwsAlgorithm algorithm;
    private final JCAContext context = new JCAContext();

    VaultSigner(KeyVault vault, String alias, JwsAlgorithm algorithm) {
        this.vault = vault;
        this.alias = alias;
        this.algorithm = algorithm;
    }

    static SignatureScheme scheme(JwsAlgorithm algorithm) {
        return switch (algorithm) {
            case RS256 -> SignatureScheme.RSA_PKCS1_SHA256;
            case PS256 -> SignatureScheme.RSA_PSS_SHA256;
            case ES256 -> SignatureScheme.ECDSA_SHA256;
            case EdDSA -> SignatureScheme.ED25519;
        };
    }

    @Override
    public Base64URL sign(JWSHeader header, byte[] signingInput) throws JOSEException {
        byte[] signature = vault.sign(alias, scheme(algorithm), signingInput);
        if (algorithm == JwsAlgorithm.ES256) {
            signature = ECDSA.transcodeSignatureToConcat(signature, 64); // JWS wants R || S, the JCA gives DER
        }
        return Base64URL.encode(signature);
    }

    @Override
    public Set<JWSAlgorithm> supportedJWSAlgorithms() {
        return Set.of(JWSAlgorithm.parse(algorithm.name()));
    }

    @Override
    public JCAContext getJCAContext() {
        return context;
    }
}
