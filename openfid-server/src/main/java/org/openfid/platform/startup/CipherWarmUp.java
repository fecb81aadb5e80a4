package org.openfid.platform.startup;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once the platform is ready, runs the JDK's AES-GCM, SHA-256 and base64 through some thousands of
 * small operations on a throwaway key, on one low-priority background thread (about a CPU-second).
 *
 * <p>Why: the JDK's fast paths for these (AES-NI, carry-less multiply and SHA instructions) are used
 * only once the calling methods are compiled by C2, which happens after thousands of calls. Sealing
 * a record or storing a packet makes one call per megabyte, so for its first few hundred packets the
 * platform ran GCM's GHASH in plain Java at about 30 MB/s, a quarter of the non-biometric enrolment
 * CPU (ADR 0021). Nothing of ours is touched: the key is random and discarded. Off with {@code
 * openfid.warm-up=false} (the test suite does, to keep its contexts cheap).
 */
@Component
@ConditionalOnProperty(name = "openfid.warm-up", havingValue = "true", matchIfMissing = true)
class CipherWarmUp {

    static final int ROUNDS = 10_000;
    static final int BYTES = 4_096;
    private static final Logger LOG = LoggerFactory.getLogger(CipherWarmUp.class);

    @EventListener
    void warm(ApplicationReadyEvent ready) {
        Thread.ofPlatform()
                .daemon()
                .name("cipher-warm-up")
                .priority(Thread.MIN_PRIORITY)
                .start(() -> {
                    long started = System.nanoTime();
                    int verified = exercise(ROUNDS);
                    LOG.debug(
                            "Cipher warm-up: {} round trips in {} ms",
                            verified,
                            (System.nanoTime() - started) / 1_000_000);
                });
    }

    /** Seals, opens and hashes {@code rounds} buffers; how many opened to what was sealed. */
    static int exercise(int rounds) {
        try {
            var random = new SecureRandom();
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256);
            SecretKey key = generator.generateKey();
            byte[] data = new byte[BYTES];
            random.nextBytes(data);
            byte[] nonce = new byte[12];
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            int verified = 0;
            for (int round = 0; round < rounds; round++) {
                random.nextBytes(nonce);
                byte[] sealed = gcm(Cipher.ENCRYPT_MODE, key, nonce, data);
                byte[] opened = gcm(Cipher.DECRYPT_MODE, key, nonce, sealed);
                byte[] text = Base64.getDecoder().decode(Base64.getEncoder().encode(sealed));
                sha256.update(text);
                if (Arrays.equals(opened, data)) {
                    verified++;
                }
            }
            sha256.digest();
            return verified;
        } catch (GeneralSecurityException e) {
            LOG.warn("Cipher warm-up skipped: {}", e.toString());
            return 0;
        }
    }

    private static byte[] gcm(int mode, SecretKey key, byte[] nonce, byte[] input) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(128, nonce));
        return cipher.doFinal(input);
    }
}
