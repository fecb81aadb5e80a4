package org.openfid.keys.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openfid.spi.keys.KeyVault;
import org.openfid.spi.keys.KeyVaultException;
import org.openfid.spi.keys.SecretKeyKind;

/** AES-256 key-encryption keys and in-vault AES-GCM, on both real vaults (PKCS#12 file, SoftHSM2). */
class AesKeyContractTests {

    @TempDir
    static Path folder;

    static KeyVault pkcs12;
    static KeyVault pkcs11;

    @BeforeAll
    static void openVaults() {
        pkcs12 = new VaultFactories.Pkcs12()
                .open(Map.of("path", folder.resolve("vault.p12").toString(), "password", "s3cret"));
        SoftHsm.Token token = SoftHsm.token();
        pkcs11 = new VaultFactories.Pkcs11()
                .open(Map.of(
                        "name",
                        "aes",
                        "library",
                        token.library(),
                        "slot",
                        Long.toString(token.slot()),
                        "pin",
                        token.pin()));
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
        return "aes." + UUID.randomUUID();
    }

    static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    static final byte[] AAD = "record-1".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @MethodSource("vaults")
    void encryptsWithAFreshIvEachTimeAndDecryptsOnlyWithTheSameKeyAndAad(KeyVault vault) {
        String alias = alias();
        String other = alias();
        vault.generateSecretKey(alias, SecretKeyKind.AES_256);
        vault.generateSecretKey(other, SecretKeyKind.AES_256);

        byte[] block = vault.encryptAesGcm(alias, KEY, AAD);
        assertThat(block).hasSize(12 + KEY.length + 16);
        assertThat(vault.encryptAesGcm(alias, KEY, AAD)).isNotEqualTo(block);
        assertThat(vault.decryptAesGcm(alias, block, AAD)).isEqualTo(KEY);

        assertDecryptionFails(() -> vault.decryptAesGcm(other, block, AAD));
        assertDecryptionFails(() -> vault.decryptAesGcm(alias, block, "record-2".getBytes(StandardCharsets.US_ASCII)));
        byte[] altered = block.clone();
        altered[20] ^= 1;
        assertDecryptionFails(() -> vault.decryptAesGcm(alias, altered, AAD));
        assertDecryptionFails(() -> vault.decryptAesGcm(alias, new byte[10], AAD));
    }

    @ParameterizedTest
    @MethodSource("vaults")
    void anHmacKeyCannotBeUsedForAesAndAnUnknownAliasIsNamed(KeyVault vault) {
        String hmac = alias();
        vault.generateSecretKey(hmac, SecretKeyKind.HMAC_SHA256);

        assertThatThrownBy(() -> vault.encryptAesGcm(hmac, KEY, AAD)).isInstanceOf(KeyVaultException.class);
        assertThatThrownBy(() -> vault.encryptAesGcm("missing." + UUID.randomUUID(), KEY, AAD))
                .isInstanceOf(KeyVaultException.class)
                .extracting(e -> ((KeyVaultException) e).reason())
                .isEqualTo(KeyVaultException.Reason.NO_SUCH_KEY);
    }

    @Test
    void tokenAesKeysAreNonExtractable() {
        String alias = alias();
        pkcs11.generateSecretKey(alias, SecretKeyKind.AES_256);
        SecretKey handle = (SecretKey) ((KeyStoreVault) pkcs11).handle(alias, SecretKey.class);

        assertThat(handle.getEncoded())
                .as("a sensitive token key has no encoding")
                .isNull();
        assertThat(handle.getAlgorithm()).isEqualTo("AES");
    }

    private static void assertDecryptionFails(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOf(KeyVaultException.class)
                .extracting(e -> ((KeyVaultException) e).reason())
                .isEqualTo(KeyVaultException.Reason.DECRYPTION_FAILED);
    }
}
