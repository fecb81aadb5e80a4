package org.openfid.keys.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.spec.MGF1ParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import org.bouncycastle.asn1.x500.X500Name;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openfid.keys.catalogue.CertificateIssuer;
import org.openfid.spi.keys.KeyPairKind;
import org.openfid.spi.keys.KeyVault;
import org.openfid.spi.keys.KeyVaultException;
import org.openfid.spi.keys.SecretKeyKind;
import org.openfid.spi.keys.SignatureScheme;

/** The vault contract, run against both real vaults: a PKCS#12 file and a SoftHSM2 token. */
class KeyVaultContractTests {

    @TempDir
    static Path folder;

    static KeyVault pkcs12;
    static KeyVault pkcs11;
    static KeyPair issuer;

    @BeforeAll
    static void openVaults() throws Exception {
        pkcs12 = new VaultFactories.Pkcs12()
                .open(java.util.Map.of("path", folder.resolve("vault.p12").toString(), "password", "s3cret"));
        SoftHsm.Token token = SoftHsm.token();
        pkcs11 = new VaultFactories.Pkcs11()
                .open(java.util.Map.of(
                        "name",
                        "contract",
                        "library",
                        token.library(),
                        "slot",
                        Long.toString(token.slot()),
                        "pin",
                        token.pin()));
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        issuer = generator.generateKeyPair();
    }

    @AfterAll
    static void closeVaults() {
        pkcs12.close();
        pkcs11.close();
    }

    static Stream<KeyVault> vaults() {
        return Stream.of(pkcs12, pkcs11);
    }

    static String alias() {
        return "test." + UUID.randomUUID();
    }

    static X509Certificate[] certify(PublicKey key) {
        var now = Instant.now();
        var subject = new CertificateIssuer.Subject(
                new X500Name("CN=test"), key, now.minusSeconds(60), now.plus(1, ChronoUnit.DAYS), false);
        var signer = new CertificateIssuer.Issuer(new X500Name("CN=issuer"), issuer.getPublic(), data -> {
            try {
                Signature signature = Signature.getInstance("SHA256withRSA");
                signature.initSign(issuer.getPrivate());
                signature.update(data);
                return signature.sign();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return new X509Certificate[] {CertificateIssuer.issue(subject, signer)};
    }

    @ParameterizedTest
    @MethodSource("vaults")
    void signsWithEveryRsaAndEcSchemeAndTheSignaturesVerifyWithTheCertificate(KeyVault vault) throws Exception {
        byte[] data = "document".getBytes(StandardCharsets.UTF_8);
        String rsa = alias();
        X509Certificate rsaCertificate =
                vault.generateKeyPair(rsa, KeyPairKind.RSA_2048, (key, self) -> certify(key))[0];
        assertThat(verifies(
                        "SHA256withRSA", rsaCertificate, data, vault.sign(rsa, SignatureScheme.RSA_PKCS1_SHA256, data)))
                .isTrue();
        Signature pss = Signature.getInstance("RSASSA-PSS");
        pss.setParameter(KeyStoreVault.PSS_SHA256);
        pss.initVerify(rsaCertificate.getPublicKey());
        pss.update(data);
        assertThat(pss.verify(vault.sign(rsa, SignatureScheme.RSA_PSS_SHA256, data)))
                .isTrue();

        String ec = alias();
        X509Certificate ecCertificate = vault.generateKeyPair(ec, KeyPairKind.EC_P256, (key, self) -> certify(key))[0];
        byte[] ecSignature = vault.sign(ec, SignatureScheme.ECDSA_SHA256, data);
        assertThat(verifies("SHA256withECDSA", ecCertificate, data, ecSignature))
                .isTrue();
        assertThat(verifies("SHA256withECDSA", ecCertificate, "other".getBytes(StandardCharsets.UTF_8), ecSignature))
                .isFalse();
    }

    @ParameterizedTest
    @MethodSource("vaults")
    void unwrapsRsaOaepSha256BlocksMadeByThePlainJcaAndRejectsAlteredOnes(KeyVault vault) throws Exception {
        String alias = alias();
        X509Certificate certificate =
                vault.generateKeyPair(alias, KeyPairKind.RSA_2048, (key, self) -> certify(key))[0];
        byte[] sessionKey = new byte[32];
        new java.security.SecureRandom().nextBytes(sessionKey);
        Cipher cipher = Cipher.getInstance("RSA/ECB/OAEPPadding");
        cipher.init(
                Cipher.ENCRYPT_MODE,
                certificate.getPublicKey(),
                new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT));
        byte[] block = cipher.doFinal(sessionKey);

        assertThat(vault.decryptRsaOaep(alias, block)).isEqualTo(sessionKey);

        block[100] ^= 0x01;
        assertThatThrownBy(() -> vault.decryptRsaOaep(alias, block))
                .isInstanceOf(KeyVaultException.class)
                .extracting(e -> ((KeyVaultException) e).reason())
                .isEqualTo(KeyVaultException.Reason.DECRYPTION_FAILED);
    }

    @ParameterizedTest
    @MethodSource("vaults")
    void computesStableKeyedHashesThatDependOnKeyAndInput(KeyVault vault) {
        String first = alias();
        String second = alias();
        vault.generateSecretKey(first, SecretKeyKind.HMAC_SHA256);
        vault.generateSecretKey(second, SecretKeyKind.HMAC_SHA256);
        byte[] value = "2345678901".getBytes(StandardCharsets.UTF_8);

        assertThat(vault.mac(first, value)).hasSize(32).isEqualTo(vault.mac(first, value));
        assertThat(vault.mac(first, value)).isNotEqualTo(vault.mac(second, value));
        assertThat(vault.mac(first, value))
                .isNotEqualTo(vault.mac(first, "2345678902".getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @MethodSource("vaults")
    void refusesUnknownAliasesAndReusedAliasesWithPreciseReasons(KeyVault vault) {
        String alias = alias();
        assertThat(vault.contains(alias)).isFalse();
        assertThatThrownBy(() -> vault.sign(alias, SignatureScheme.RSA_PKCS1_SHA256, new byte[] {1}))
                .isInstanceOfSatisfying(
                        KeyVaultException.class,
                        e -> assertThat(e.reason()).isEqualTo(KeyVaultException.Reason.NO_SUCH_KEY));
        vault.generateSecretKey(alias, SecretKeyKind.HMAC_SHA256);
        assertThat(vault.contains(alias)).isTrue();
        assertThat(vault.aliases()).contains(alias);
        assertThatThrownBy(() -> vault.generateSecretKey(alias, SecretKeyKind.HMAC_SHA256))
                .isInstanceOfSatisfying(
                        KeyVaultException.class,
                        e -> assertThat(e.reason()).isEqualTo(KeyVaultException.Reason.ALIAS_EXISTS));
    }

    @ParameterizedTest
    @MethodSource("vaults")
    void staysConsistentWhenKeysAreGeneratedAndUsedConcurrently(KeyVault vault) throws Exception {
        byte[] data = "concurrent".getBytes(StandardCharsets.UTF_8);
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<Boolean>> results = IntStream.range(0, 8)
                    .mapToObj(i -> pool.submit(() -> {
                        String alias = alias();
                        X509Certificate certificate =
                                vault.generateKeyPair(alias, KeyPairKind.EC_P256, (key, self) -> certify(key))[0];
                        return verifies(
                                "SHA256withECDSA",
                                certificate,
                                data,
                                vault.sign(alias, SignatureScheme.ECDSA_SHA256, data));
                    }))
                    .toList();
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        }
    }

    @Test
    void tokenKeysAreGeneratedNonExtractable() throws Exception {
        String alias = alias();
        pkcs11.generateKeyPair(alias, KeyPairKind.RSA_2048, (key, self) -> certify(key));
        PrivateKey handle = (PrivateKey) ((KeyStoreVault) pkcs11).handle(alias, PrivateKey.class);

        assertThat(handle.getEncoded())
                .as("a sensitive token key has no encoding")
                .isNull();
        assertThat(handle.getClass().getName()).contains("P11");
    }

    @Test
    void theTokenRefusesEd25519KeysClearly() {
        assertThatThrownBy(() -> pkcs11.generateKeyPair(alias(), KeyPairKind.ED25519, (key, self) -> certify(key)))
                .isInstanceOfSatisfying(
                        KeyVaultException.class,
                        e -> assertThat(e.reason()).isEqualTo(KeyVaultException.Reason.UNSUPPORTED));
    }

    @Test
    void theFileVaultSignsEd25519AndKeepsKeysAcrossReopeningWithOwnerOnlyPermissions() throws Exception {
        Path file = folder.resolve("reopen.p12");
        KeyVault first = new VaultFactories.Pkcs12().open(java.util.Map.of("path", file.toString(), "password", "pw"));
        String alias = alias();
        X509Certificate certificate = first.generateKeyPair(alias, KeyPairKind.ED25519, (key, self) -> certify(key))[0];
        first.close();

        KeyVault reopened =
                new VaultFactories.Pkcs12().open(java.util.Map.of("path", file.toString(), "password", "pw"));
        byte[] data = {1, 2, 3};
        assertThat(verifies("Ed25519", certificate, data, reopened.sign(alias, SignatureScheme.ED25519, data)))
                .isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        reopened.close();

        assertThatThrownBy(() -> new VaultFactories.Pkcs12()
                        .open(java.util.Map.of("path", file.toString(), "password", "wrong")))
                .isInstanceOfSatisfying(KeyVaultException.class, e -> {
                    assertThat(e.reason()).isEqualTo(KeyVaultException.Reason.VAULT_FAILURE);
                    assertThat(e.getMessage()).contains("wrong password").doesNotContain("pw,");
                });
    }

    @Test
    void aVaultWithoutItsRequiredSettingsSaysWhichIsMissing() {
        assertThatThrownBy(() -> new VaultFactories.Pkcs11().open(java.util.Map.of("library", "/nowhere.so")))
                .isInstanceOf(KeyVaultException.class)
                .hasMessageContaining("'pin'");
    }

    private static boolean verifies(String algorithm, X509Certificate certificate, byte[] data, byte[] signature)
            throws Exception {
        Signature verifier = Signature.getInstance(algorithm);
        verifier.initVerify(certificate.getPublicKey());
        verifier.update(data);
        return verifier.verify(signature);
    }
}
