package org.openfid.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openfid.keys.catalogue.KeyCatalogue.StoredKey;
import org.openfid.keys.catalogue.VaultKeyRing;
import org.openfid.keys.vault.SoftHsm;
import org.openfid.keys.vault.VaultProbe;
import org.openfid.spi.keys.KeyVault;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole keys module on a real SoftHSM2 token: root and purpose keys are generated inside the
 * token, and every operation (JWS, MOSIP envelope, keyed hash, expiry with automatic rotation) works
 * without a private key ever leaving it.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "openfid.data-dir=target/test-data/hsm-test-${random.uuid}",
            "openfid.admin.password=test-admin",
            "openfid.keys.vault=pkcs11"
        })
@Import(HsmPlatformTests.Clocks.class)
class HsmPlatformTests {

    @DynamicPropertySource
    static void token(DynamicPropertyRegistry registry) {
        SoftHsm.Token token = SoftHsm.token();
        registry.add("openfid.keys.pkcs11.library", token::library);
        registry.add("openfid.keys.pkcs11.slot", token::slot);
        registry.add("openfid.keys.pkcs11.pin", token::pin);
    }

    @Autowired
    KeyVault vault;

    @Autowired
    VaultKeyRing keys;

    @Autowired
    Signatures signatures;

    @Autowired
    Envelopes envelopes;

    @Autowired
    KeyedHashes hashes;

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void keepsTheRootAndPurposeKeysInsideTheToken() {
        StoredKey signing = keys.currentKey(VaultKeyRing.PLATFORM_SIGNING);

        assertThat(vault.kind()).isEqualTo("pkcs11");
        assertThat(vault.contains(signing.alias())).isTrue();
        assertThat(vault.certificateChain(signing.alias())[1])
                .isEqualTo(keys.root().certificate());
        assertThat(signatures.verify(signatures.sign(VaultKeyRing.PLATFORM_SIGNING, new byte[] {7})))
                .containsExactly(7);
    }

    @Test
    void signsEnvelopesAndHashesWithTokenKeys() {
        byte[] data = "held in the HSM".getBytes(StandardCharsets.UTF_8);
        KeyRef key = KeyRef.of("ID_REPO", "identity_data");
        byte[] sealed = envelopes.encrypt(key, data, EnvelopeParameters.DEFAULT);

        assertThat(envelopes.decrypt(key, sealed, EnvelopeParameters.DEFAULT)).isEqualTo(data);
        String es256 = signatures.sign(KeyRef.of("OIDC", "EC_SECP256R1_SIGN"), JwsAlgorithm.ES256, data, false);
        assertThat(signatures.verify(es256)).isEqualTo(data);
        assertThat(hashes.hash(KeyRef.of("ID_REPO", "UIN"), "2345678901")).hasSize(64);
        assertThat(VaultProbe.privateKey(vault, keys.currentKey(key).alias()).getEncoded())
                .as("token keys are sensitive and not extractable")
                .isNull();
    }

    @Test
    void replacesAnExpiredKeyAutomaticallyWhenRotationIsAutomatic() {
        KeyRef key = KeyRef.of("IDA", "AUTO");
        KeyInfo first = keys.current(key);

        clock.advance(Duration.ofDays(800));

        KeyInfo replaced = keys.current(key);
        assertThat(replaced.version()).isEqualTo(first.version() + 1);
        assertThat(replaced.validAt(clock.instant())).isTrue();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Clocks {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock();
        }
    }
}
