package org.openfid.keys.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** Pooled engines give the same results as fresh ones, and a failed operation's engine is not reused. */
class EnginePoolTests {

    private static final SecretKeySpec KEY = new SecretKeySpec(new byte[32], "AES");

    @Test
    void aReusedCipherEncryptsAndDecryptsLikeAFreshOne() throws Exception {
        EnginePool<Cipher> pool = EnginePool.ciphers("AES/GCM/NoPadding");
        byte[] first = seal(pool, new byte[12], "one");
        byte[] second = seal(pool, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}, "two");

        assertThat(pool.idle()).isEqualTo(1);
        Cipher fresh = Cipher.getInstance("AES/GCM/NoPadding");
        fresh.init(Cipher.ENCRYPT_MODE, KEY, new GCMParameterSpec(128, new byte[12]));
        assertThat(first).isEqualTo(fresh.doFinal("one".getBytes()));
        assertThat(new String(open(pool, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}, second)))
                .isEqualTo("two");
    }

    @Test
    void anEngineWhoseOperationFailedIsDropped() throws Exception {
        EnginePool<Cipher> pool = EnginePool.ciphers("AES/GCM/NoPadding");
        byte[] sealed = seal(pool, new byte[12], "payload");
        sealed[0] ^= 1;

        assertThatThrownBy(() -> open(pool, new byte[12], sealed)).isInstanceOf(AEADBadTagException.class);
        assertThat(pool.idle()).isZero();
        sealed[0] ^= 1;
        assertThat(new String(open(pool, new byte[12], sealed))).isEqualTo("payload");
    }

    @Test
    void aPooledMacKeepsItsKeyBetweenUses() throws Exception {
        var pool = new EnginePool<>(() -> {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec("key".getBytes(), "HmacSHA256"));
            return mac;
        });
        String expected =
                "f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8"; // the well-known example value
        for (int i = 0; i < 3; i++) {
            byte[] mac = pool.use(m -> m.doFinal("The quick brown fox jumps over the lazy dog".getBytes()));
            assertThat(HexFormat.of().formatHex(mac)).isEqualTo(expected);
        }
        assertThat(pool.idle()).isEqualTo(1);
    }

    private static byte[] seal(EnginePool<Cipher> pool, byte[] iv, String text) throws GeneralSecurityException {
        return pool.use(cipher -> {
            cipher.init(Cipher.ENCRYPT_MODE, KEY, new GCMParameterSpec(128, iv));
            return cipher.doFinal(text.getBytes());
        });
    }

    private static byte[] open(EnginePool<Cipher> pool, byte[] iv, byte[] sealed) throws GeneralSecurityException {
        return pool.use(cipher -> {
            cipher.init(Cipher.DECRYPT_MODE, KEY, new GCMParameterSpec(128, iv));
            return cipher.doFinal(sealed);
        });
    }
}
