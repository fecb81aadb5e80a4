package org.openfid.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class KeyRingTests extends KeysContext {

    @Autowired
    KeyRing keys;

    @Autowired
    KeyedHashes hashes;

    @Autowired
    Signatures signatures;

    @Autowired
    Envelopes envelopes;

    @Test
    void issuesEachPurposeKeyUnderTheRootAndRotatesWithoutBreakingOldData() throws Exception {
        KeyRef ref = KeyRef.of("IDA", "ROTATION");
        KeyInfo first = keys.current(ref);
        first.certificate().verify(keys.root().certificate().getPublicKey());
        assertThat(first.version()).isEqualTo(1);
        assertThat(first.certificate().getIssuerX500Principal())
                .isEqualTo(keys.root().certificate().getSubjectX500Principal());
        byte[] data = "before rotation".getBytes(StandardCharsets.UTF_8);
        String signedBefore = signatures.sign(ref, data);
        byte[] sealedBefore = envelopes.encrypt(ref, data, EnvelopeParameters.DEFAULT);

        KeyInfo second = keys.rotate(ref);

        assertThat(second.version()).isEqualTo(2);
        assertThat(second.keyId()).isNotEqualTo(first.keyId());
        assertThat(keys.current(ref).keyId()).isEqualTo(second.keyId());
        assertThat(keys.versions(ref)).extracting(KeyInfo::version).containsExactly(2, 1);
        assertThat(signatures.verify(signedBefore)).isEqualTo(data);
        assertThat(envelopes.decrypt(ref, sealedBefore, EnvelopeParameters.DEFAULT))
                .isEqualTo(data);
        assertThat(keys.jwks().toString()).contains(first.keyId(), second.keyId());
    }

    @Test
    void createsTheRootAndThePlatformSigningKeyAtStartAndPublishesOnlyPurposeKeys() {
        KeyInfo root = keys.root();
        assertThat(root.certificate().getBasicConstraints()).isGreaterThanOrEqualTo(0);
        assertThat(root.kind()).isEqualTo("RSA_3072");
        assertThat(keys.versions(KeyRef.of("KERNEL", "SIGN"))).hasSize(1);
        assertThat(keys.jwks().toString())
                .contains(keys.current(KeyRef.of("KERNEL", "SIGN")).keyId())
                .doesNotContain(root.keyId());
    }

    @Test
    void refusesUnknownApplicationsTheRootAndMalformedReferences() {
        assertThatThrownBy(() -> keys.current(KeyRef.of("UNKNOWN_APP", "")))
                .isInstanceOfSatisfying(
                        KeysException.class, e -> assertThat(e.code()).isEqualTo("KER-KMS-002"));
        assertThatThrownBy(() -> keys.rotate(KeyRef.of("ROOT", "")))
                .isInstanceOfSatisfying(
                        KeysException.class, e -> assertThat(e.error()).isEqualTo(KeysError.INVALID_REQUEST));
        assertThatThrownBy(() -> KeyRef.of("ida", "x"))
                .isInstanceOfSatisfying(
                        KeysException.class, e -> assertThat(e.code()).isEqualTo("KER-KMS-005"));
        assertThatThrownBy(() -> KeyRef.of("IDA", "has space"))
                .isInstanceOfSatisfying(
                        KeysException.class, e -> assertThat(e.code()).isEqualTo("KER-KMS-005"));
        assertThat(keys.versions(KeyRef.of("UNKNOWN_APP", ""))).isEmpty();
    }

    @Test
    void anExpiredKeyNoLongerSignsOrEncryptsUntilRotatedButStillVerifiesAndDecrypts() {
        KeyRef ref = KeyRef.of("RESIDENT", "EXPIRY");
        byte[] data = "made while valid".getBytes(StandardCharsets.UTF_8);
        String signed = signatures.sign(ref, data);
        byte[] sealed = envelopes.encrypt(ref, data, EnvelopeParameters.DEFAULT);

        clock.advance(Duration.ofDays(731));

        assertThatThrownBy(() -> signatures.sign(ref, data))
                .isInstanceOfSatisfying(
                        KeysException.class, e -> assertThat(e.error()).isEqualTo(KeysError.KEY_EXPIRED));
        assertThatThrownBy(() -> envelopes.encrypt(ref, data, EnvelopeParameters.DEFAULT))
                .isInstanceOfSatisfying(
                        KeysException.class, e -> assertThat(e.code()).isEqualTo("KER-KMS-001"));
        assertThat(signatures.verify(signed)).isEqualTo(data);
        assertThat(envelopes.decrypt(ref, sealed, EnvelopeParameters.DEFAULT)).isEqualTo(data);

        keys.rotate(ref);
        assertThat(signatures.verify(signatures.sign(ref, data))).isEqualTo(data);
    }

    @Test
    void keyedHashesAreStablePerPurposeAndRevealNothingWithoutTheKey() throws Exception {
        KeyRef audit = KeyRef.of("AUDIT", "TARGET");
        String once = hashes.hash(audit, "2345678901");

        assertThat(once).hasSize(64).isEqualTo(hashes.hash(audit, "2345678901"));
        assertThat(hashes.hash(KeyRef.of("ID_REPO", "UIN"), "2345678901")).isNotEqualTo(once);
        byte[] plain = java.security.MessageDigest.getInstance("SHA-256")
                .digest("2345678901".getBytes(StandardCharsets.UTF_8));
        assertThat(once).isNotEqualTo(HexFormat.of().formatHex(plain));
        assertThatThrownBy(() -> hashes.hash(audit, ""))
                .isInstanceOfSatisfying(
                        KeysException.class, e -> assertThat(e.code()).isEqualTo("KER-CRY-004"));
        assertThatThrownBy(() -> hashes.hash(KeyRef.of("NOT_KNOWN", ""), "x"))
                .isInstanceOfSatisfying(
                        KeysException.class, e -> assertThat(e.code()).isEqualTo("KER-KMS-002"));
    }
}
