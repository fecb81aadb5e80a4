package org.openfid.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.spec.MGF1ParameterSpec;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.openfid.keys.catalogue.KeyCatalogue.StoredKey;
import org.openfid.keys.catalogue.VaultKeyRing;
import org.openfid.platform.PlatformProperties;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Envelopes round-trip, and their bytes follow MOSIP keymanager's layouts: checked by taking them
 * apart with the plain JCA and the private key read straight from the vault file, and by decrypting
 * envelopes built independently the way MOSIP clients build them.
 */
class EnvelopeTests extends KeysContext {

    static final byte[] SPLITTER = "#KEY_SPLITTER#".getBytes(StandardCharsets.US_ASCII);
    static final KeyRef KEY = KeyRef.of("REGISTRATION", "10001_10002");
    static final byte[] DATA = "{\"name\":\"Amina\"}".getBytes(StandardCharsets.UTF_8);

    @Autowired
    Envelopes envelopes;

    @Autowired
    VaultKeyRing keys;

    @Autowired
    PlatformProperties platform;

    @Test
    void theDefaultLayoutIsVersionR2WithThumbprintWrappedKeyAndRandomAad() throws Exception {
        byte[] sealed = envelopes.encrypt(KEY, DATA, EnvelopeParameters.DEFAULT);
        StoredKey key = keys.currentKey(KEY);

        assertThat(Arrays.copyOf(sealed, 6)).isEqualTo("VER_R2".getBytes(StandardCharsets.US_ASCII));
        assertThat(Arrays.copyOfRange(sealed, 6, 38))
                .isEqualTo(sha256(key.info().certificate().getEncoded()));
        assertThat(Arrays.copyOfRange(sealed, 294, 308)).isEqualTo(SPLITTER);
        byte[] sessionKey = unwrapIndependently(key, Arrays.copyOfRange(sealed, 38, 294));
        byte[] aad = Arrays.copyOfRange(sealed, 308, 340);
        byte[] plain = gcm(
                Cipher.DECRYPT_MODE,
                sessionKey,
                Arrays.copyOf(aad, 12),
                aad,
                Arrays.copyOfRange(sealed, 340, sealed.length));
        assertThat(plain).isEqualTo(DATA);
        assertThat(envelopes.decrypt(KEY, sealed, EnvelopeParameters.DEFAULT)).isEqualTo(DATA);
    }

    @Test
    void withASaltTheSaltIsTheIvAndTheAadIsTheCallers() throws Exception {
        byte[] salt = random(12);
        byte[] aad = random(32);
        var parameters = new EnvelopeParameters(salt, aad, true);
        byte[] sealed = envelopes.encrypt(KEY, DATA, parameters);
        StoredKey key = keys.currentKey(KEY);

        assertThat(Arrays.copyOf(sealed, 32)).isEqualTo(key.thumbprint());
        assertThat(Arrays.copyOfRange(sealed, 288, 302)).isEqualTo(SPLITTER);
        byte[] sessionKey = unwrapIndependently(key, Arrays.copyOfRange(sealed, 32, 288));
        assertThat(gcm(Cipher.DECRYPT_MODE, sessionKey, salt, aad, Arrays.copyOfRange(sealed, 302, sealed.length)))
                .isEqualTo(DATA);
        assertThat(envelopes.decrypt(KEY, sealed, parameters)).isEqualTo(DATA);
        assertThatThrownBy(() -> envelopes.decrypt(KEY, sealed, new EnvelopeParameters(salt, random(32), true)))
                .isInstanceOfSatisfying(
                        KeysException.class, e -> assertThat(e.code()).isEqualTo("KER-CRY-010"));
    }

    @Test
    void decryptsTheLegacyLayoutPartnersBuildForIdaRequests() throws Exception {
        StoredKey key = keys.currentKey(KEY);
        byte[] sessionKey = random(32);
        byte[] iv = random(16);
        byte[] aad = random(32);
        byte[] body = concat(gcm(Cipher.ENCRYPT_MODE, sessionKey, iv, aad, DATA), iv);
        byte[] envelope = concat(concat(key.thumbprint(), wrapIndependently(key, sessionKey)), concat(SPLITTER, body));

        assertThat(envelopes.decrypt(KEY, envelope, new EnvelopeParameters(null, aad, true)))
                .isEqualTo(DATA);

        byte[] ourOwn = envelopes.encrypt(KEY, DATA, new EnvelopeParameters(null, aad, false));
        assertThat(envelopes.decrypt(KEY, ourOwn, new EnvelopeParameters(null, aad, false)))
                .isEqualTo(DATA);
        assertThat(ourOwn.length).isEqualTo(256 + SPLITTER.length + DATA.length + 16 + 16);
    }

    @Test
    void rejectsAlteredMalformedAndMisaddressedEnvelopesPrecisely() {
        byte[] sealed = envelopes.encrypt(KEY, DATA, EnvelopeParameters.DEFAULT);

        byte[] altered = sealed.clone();
        altered[altered.length - 1] ^= 0x01;
        assertCode(() -> envelopes.decrypt(KEY, altered, EnvelopeParameters.DEFAULT), "KER-CRY-010");
        byte[] badKey = sealed.clone();
        badKey[100] ^= 0x01;
        assertCode(() -> envelopes.decrypt(KEY, badKey, EnvelopeParameters.DEFAULT), "KER-CRY-010");
        assertCode(
                () -> envelopes.decrypt(KeyRef.of("IDA", "PARTNER"), sealed, EnvelopeParameters.DEFAULT),
                "KER-KMS-017");
        byte[] unknownThumbprint = sealed.clone();
        unknownThumbprint[10] ^= 0x01;
        assertCode(() -> envelopes.decrypt(KEY, unknownThumbprint, EnvelopeParameters.DEFAULT), "KER-KMS-017");
        assertCode(
                () -> envelopes.decrypt(
                        KEY, "no splitter".getBytes(StandardCharsets.UTF_8), EnvelopeParameters.DEFAULT),
                "KER-CRY-003");
        assertCode(
                () -> envelopes.decrypt(KEY, concat(random(40), SPLITTER), EnvelopeParameters.DEFAULT), "KER-CRY-003");
        assertCode(() -> envelopes.decrypt(KEY, new byte[0], EnvelopeParameters.DEFAULT), "KER-CRY-004");
        assertCode(() -> envelopes.encrypt(KEY, new byte[0], EnvelopeParameters.DEFAULT), "KER-CRY-004");
        assertCode(() -> envelopes.encrypt(KEY, DATA, new EnvelopeParameters(random(8), null, true)), "KER-KMS-005");
        assertCode(
                () -> envelopes.encrypt(KeyRef.of("IDA", "EC_SECP256R1_SIGN"), DATA, EnvelopeParameters.DEFAULT),
                "KER-KMS-004");
    }

    @Test
    void encryptsForAPartnerCertificate() {
        var partner = keys.currentKey(KeyRef.of("PARTNER", "DEMO"));
        byte[] sealed = envelopes.encryptFor(partner.info().certificate(), DATA, EnvelopeParameters.DEFAULT);
        assertThat(envelopes.decrypt(KeyRef.of("PARTNER", "DEMO"), sealed, EnvelopeParameters.DEFAULT))
                .isEqualTo(DATA);
    }

    private static void assertCode(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(KeysException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.getMessage()).doesNotContain("Amina");
        });
    }

    private byte[] unwrapIndependently(StoredKey key, byte[] block) throws Exception {
        Cipher cipher = Cipher.getInstance("RSA/ECB/OAEPPadding");
        cipher.init(Cipher.DECRYPT_MODE, privateKey(key), oaep());
        return cipher.doFinal(block);
    }

    private static byte[] wrapIndependently(StoredKey key, byte[] sessionKey) throws Exception {
        Cipher cipher = Cipher.getInstance("RSA/ECB/OAEPPadding");
        cipher.init(Cipher.ENCRYPT_MODE, key.info().certificate().getPublicKey(), oaep());
        return cipher.doFinal(sessionKey);
    }

    private PrivateKey privateKey(StoredKey key) throws Exception {
        Path folder = platform.dataDir().resolve("keys");
        char[] password = Files.readString(folder.resolve("vault.pass")).strip().toCharArray();
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(folder.resolve("vault.p12"))) {
            store.load(in, password);
        }
        return (PrivateKey) store.getKey(key.alias(), password);
    }

    private static OAEPParameterSpec oaep() {
        return new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT);
    }

    private static byte[] gcm(int mode, byte[] key, byte[] iv, byte[] aad, byte[] input) throws Exception {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
        cipher.updateAAD(aad);
        return cipher.doFinal(input);
    }

    private static byte[] sha256(byte[] data) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(data);
    }

    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] joined = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, joined, first.length, second.length);
        return joined;
    }
}
