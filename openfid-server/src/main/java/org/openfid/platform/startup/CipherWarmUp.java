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
 * CPU (ADR 0021). Every hundredth round also seals and opens a buffer just over a mebibyte: above
 * that size the JDK's GCM takes another branch, and a profile that never saw it leaves megabyte-sized
 * seals (packets, drafts, documents) in plain Java at about 12 ms per MB instead of 1 (measured; the
 * first such call after a small-only warm-up even de-optimises the small path for a while). Nothing
 * of ours is touched: the key is random and discarded. About three CPU-seconds in all. Off with
 * {@code openfid.warm-up=false} (the test suite does, to keep its contexts cheap).
 */
@Component
@ConditionalOnProperty(name = "openfid.warm-up", havingValue = "true", matchIfMissing = true)
class CipherWarmUp {

    static final int ROUNDS = 10_000;
    static final int BYTES = 4_096;
    /** Just over the 1 MiB above which the JDK's GCM splits its work. */
    static final int LARGE_BYTES = 1_100_000;

    static final int LARGE_EVERY = 100;
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
            byte[] large = new byte[LARGE_BYTES];
            random.nextBytes(large);
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            int verified = 0;
            for (int round = 0; round < rounds; round++) {
                boolean opened = roundTrip(key, data, random, sha256);
                if (round % LARGE_EVERY == LARGE_EVERY - 1) {
                    opened &= roundTrip(key, large, random, sha256);
                }
                if (opened) {
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

    /** Seals and opens {@code data} under a fresh nonce, with base64 and SHA-256 over the sealed bytes. */
    private static boolean roundTrip(SecretKey key, byte[] data, SecureRandom random, MessageDigest sha256)
            throws GeneralSecurityException {
        byte[] nonce = new byte[12];
        random.nextBytes(nonce);
        byte[] sealed = gcm(Cipher.ENCRYPT_MODE, key, nonce, data);
        byte[] opened = gcm(Cipher.DECRYPT_MODE, key, nonce, sealed);
        sha256.update(Base64.getDecoder().decode(Base64.getEncoder().encode(sealed)));
        return Arrays.equals(opened, data);
    }

    private static byte[] gcm(int mode, SecretKey key, byte[] nonce, byte[] input) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(128, nonce));
        return cipher.doFinal(input);
    }
}
