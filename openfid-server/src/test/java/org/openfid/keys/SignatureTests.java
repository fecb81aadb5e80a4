package org.openfid.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.X509CertUtils;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** JWS made by the platform verify with an independent verifier fed only the public JWKS. */
class SignatureTests extends KeysContext {

    static final byte[] PAYLOAD = "{\"sub\":\"partner-1\"}".getBytes(StandardCharsets.UTF_8);

    @Autowired
    Signatures signatures;

    @Autowired
    KeyRing keys;

    @ParameterizedTest
    @CsvSource({"IDA,SIGN,RS256", "IDA,SIGN,PS256", "OIDC,EC_SECP256R1_SIGN,ES256", "CREDENTIAL,ED25519_SIGN,EdDSA"})
    void signaturesVerifyIndependentlyWithThePublishedJwks(String application, String reference, JwsAlgorithm algorithm)
            throws Exception {
        String jws = signatures.sign(KeyRef.of(application, reference), algorithm, PAYLOAD, true);
        JWSObject parsed = JWSObject.parse(jws);
        JWK published =
                JWKSet.parse(keys.jwks()).getKeyByKeyId(parsed.getHeader().getKeyID());

        assertThat(published).as("the signing key is in the JWKS").isNotNull();
        assertThat(parsed.getHeader().getAlgorithm().getName()).isEqualTo(algorithm.name());
        assertThat(parsed.getHeader().getX509CertChain()).hasSize(1);
        assertThat(independentlyVerified(parsed, published)).isTrue();
        assertThat(signatures.verify(jws)).isEqualTo(PAYLOAD);
    }

    @Test
    void rejectsTamperedForeignAndMalformedSignatures() {
        KeyRef key = KeyRef.of("IDA", "SIGN");
        String jws = signatures.sign(key, PAYLOAD);
        String[] parts = jws.split("\\.");
        String otherPayload = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"sub\":\"x\"}".getBytes());

        assertCode(() -> signatures.verify(parts[0] + "." + otherPayload + "." + parts[2]), "KER-KMS-101");
        String foreign = signatures.sign(KeyRef.of("OIDC", "SIGN"), PAYLOAD);
        assertCode(() -> signatures.verify(parts[0] + "." + parts[1] + "." + foreign.split("\\.")[2]), "KER-KMS-101");
        String noneHeader =
                Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"HS256\",\"kid\":\"x\"}".getBytes());
        assertCode(() -> signatures.verify(noneHeader + "." + parts[1] + "." + parts[2]), "KER-KMS-101");
        assertCode(() -> signatures.verify("not a jws"), "KER-CRY-003");
        assertCode(() -> signatures.verify(""), "KER-CRY-004");
        assertCode(() -> signatures.sign(key, JwsAlgorithm.ES256, PAYLOAD, false), "KER-KMS-004");
        assertCode(() -> signatures.sign(key, new byte[0]), "KER-CRY-004");
    }

    @Test
    void aHeaderCannotSwitchAnRsaKeyToAnotherAlgorithm() {
        String jws = signatures.sign(KeyRef.of("IDA", "SIGN"), JwsAlgorithm.RS256, PAYLOAD, false);
        String[] parts = jws.split("\\.");
        String header =
                new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8).replace("RS256", "PS256");
        String swapped =
                Base64.getUrlEncoder().withoutPadding().encodeToString(header.getBytes(StandardCharsets.UTF_8));
        assertCode(() -> signatures.verify(swapped + "." + parts[1] + "." + parts[2]), "KER-KMS-101");
    }

    @Test
    void verifiesDetachedPayloadsWithAPartnerCertificate() {
        KeyInfo partner = keys.current(KeyRef.of("PARTNER", "SIGNER"));
        String jws = signatures.sign(KeyRef.of("PARTNER", "SIGNER"), JwsAlgorithm.PS256, PAYLOAD, false);
        String detached = jws.substring(0, jws.indexOf('.') + 1) + jws.substring(jws.lastIndexOf('.'));

        assertThat(signatures.verify(detached, PAYLOAD, partner.certificate())).isEqualTo(PAYLOAD);
        assertCode(() -> signatures.verify(detached, "other".getBytes(), partner.certificate()), "KER-KMS-101");
        assertCode(
                () -> signatures.verify(
                        jws, null, keys.current(KeyRef.of("IDA", "SIGN")).certificate()),
                "KER-KMS-101");
    }

    @Test
    void verifiesWithTheRegisteredCertificateTheHeaderNames() throws Exception {
        KeyInfo partner = keys.current(KeyRef.of("PARTNER", "SIGNER"));
        String withCertificate = signatures.sign(KeyRef.of("PARTNER", "SIGNER"), JwsAlgorithm.RS256, PAYLOAD, true);
        String detached = withCertificate.substring(0, withCertificate.indexOf('.') + 1)
                + withCertificate.substring(withCertificate.lastIndexOf('.'));
        var seen = new java.util.ArrayList<byte[]>();

        assertThat(signatures.verify(detached, PAYLOAD, der -> {
                    seen.add(der);
                    return partner.certificate();
                }))
                .isEqualTo(PAYLOAD);
        assertThat(seen).singleElement().isEqualTo(partner.certificate().getEncoded());
        // the resolver's refusal stands; a certificate that did not sign fails the signature
        assertThatThrownBy(() -> signatures.verify(detached, PAYLOAD, der -> {
                    throw new IllegalStateException("not registered");
                }))
                .hasMessage("not registered");
        assertCode(
                () -> signatures.verify(
                        detached,
                        PAYLOAD,
                        der -> keys.current(KeyRef.of("IDA", "SIGN")).certificate()),
                "KER-KMS-101");
        String without = signatures.sign(KeyRef.of("PARTNER", "SIGNER"), JwsAlgorithm.RS256, PAYLOAD, false);
        seen.clear();
        signatures.verify(without, null, der -> {
            seen.add(der);
            return partner.certificate();
        });
        assertThat(seen).containsExactly((byte[]) null);
        assertCode(() -> signatures.verify("not a jws", PAYLOAD, der -> partner.certificate()), "KER-CRY-003");
    }

    private static boolean independentlyVerified(JWSObject jws, JWK key) throws Exception {
        JWSVerifier verifier = switch (key) {
            case RSAKey rsa -> new RSASSAVerifier(rsa);
            case ECKey ec -> new ECDSAVerifier(ec);
            default -> null;
        };
        if (verifier != null) {
            return jws.verify(verifier);
        }
        X509Certificate certificate =
                X509CertUtils.parse(key.getX509CertChain().getFirst().decode());
        Signature ed25519 = Signature.getInstance("Ed25519");
        ed25519.initVerify(certificate.getPublicKey());
        ed25519.update(jws.getSigningInput());
        return ed25519.verify(jws.getSignature().decode());
    }

    private static void assertCode(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String code) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        KeysException.class, e -> assertThat(e.code()).isEqualTo(code));
    }
}
