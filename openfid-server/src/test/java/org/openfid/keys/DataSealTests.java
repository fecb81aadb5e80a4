package org.openfid.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.openfid.keys.catalogue.KeyCatalogue;
import org.openfid.spi.keys.SecretKeyKind;
import org.springframework.beans.factory.annotation.Autowired;

/** Sealing data at rest: round trip, AAD binding, tamper detection, one KEK per purpose. */
class DataSealTests extends KeysContext {

    static final KeyRef KEK = KeyRef.of("ID_REPO", "SEAL_TEST");
    static final byte[] DATA = "{\"fullName\":\"Amina Diallo\"}".getBytes(StandardCharsets.UTF_8);
    static final byte[] AAD = "identity-1:1".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    DataSeals seals;

    @Autowired
    KeyCatalogue catalogue;

    @Test
    void sealsWithAFreshDataKeyAndOpensWithTheSameAad() {
        byte[] sealed = seals.seal(KEK, DATA, AAD);

        assertThat(new String(sealed, StandardCharsets.ISO_8859_1))
                .startsWith("OFS\u0001")
                .doesNotContain("Amina");
        assertThat(seals.seal(KEK, DATA, AAD)).isNotEqualTo(sealed);
        assertThat(seals.open(KEK, sealed, AAD)).isEqualTo(DATA);
        assertThat(catalogue.secretAlias(KEK, SecretKeyKind.AES_256)).isPresent();
        assertThat(facts.stream().anyMatch(f -> f.action().equals("SEAL_KEY_CREATED")))
                .isTrue();
    }

    @Test
    void aValueMovedToAnotherRecordOrAlteredDoesNotOpen() {
        byte[] sealed = seals.seal(KEK, DATA, AAD);

        assertError(
                () -> seals.open(KEK, sealed, "identity-1:2".getBytes(StandardCharsets.US_ASCII)),
                KeysError.DECRYPTION_FAILED);
        byte[] altered = sealed.clone();
        altered[altered.length - 3] ^= 1;
        assertError(() -> seals.open(KEK, altered, AAD), KeysError.DECRYPTION_FAILED);
        byte[] wrappedKeyAltered = sealed.clone();
        wrappedKeyAltered[sealed.length - DATA.length - 16 - 12 - 5] ^= 1;
        assertError(() -> seals.open(KEK, wrappedKeyAltered, AAD), KeysError.DECRYPTION_FAILED);
        assertError(() -> seals.open(KeyRef.of("ID_REPO", "OTHER_SEAL"), sealed, AAD), KeysError.DECRYPTION_FAILED);
    }

    @Test
    void malformedValuesAreInvalidDataNotCrashes() {
        assertError(() -> seals.open(KEK, new byte[0], AAD), KeysError.INVALID_DATA);
        assertError(
                () -> seals.open(KEK, "OFS\u0002xxxx".getBytes(StandardCharsets.ISO_8859_1), AAD),
                KeysError.INVALID_DATA);
        byte[] sealed = seals.seal(KEK, DATA, AAD);
        assertError(() -> seals.open(KEK, java.util.Arrays.copyOf(sealed, 60), AAD), KeysError.INVALID_DATA);
    }

    @Test
    void anUnknownApplicationGetsNoKey() {
        assertError(() -> seals.seal(KeyRef.of("NOBODY", "X"), DATA, AAD), KeysError.UNKNOWN_APPLICATION);
    }

    @Test
    void anHmacKeyAndASealKeyOfTheSamePurposeAreDifferentKeys(@Autowired KeyedHashes hashes) {
        KeyRef shared = KeyRef.of("ID_REPO", "SHARED_PURPOSE");
        hashes.hash(shared, "x");
        seals.seal(shared, DATA, AAD);

        assertThat(catalogue.secretAlias(shared, SecretKeyKind.HMAC_SHA256))
                .isPresent()
                .isNotEqualTo(catalogue.secretAlias(shared, SecretKeyKind.AES_256));
    }

    private static void assertError(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, KeysError error) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        KeysException.class, e -> assertThat(e.error()).isEqualTo(error));
    }
}
