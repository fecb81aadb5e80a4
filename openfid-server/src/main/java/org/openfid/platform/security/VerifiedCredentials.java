package org.openfid.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Remembers, for a few minutes, that a password matched its stored hash, so that a stateless API
 * client sending HTTP Basic on every request pays the Argon2 verification (tens of milliseconds of
 * CPU, by design) once per interval instead of on every call. Without it, verification was three
 * quarters of the HTTP threads' CPU under the enrolment benchmark (ADR 0020).
 *
 * <p>Only successes are remembered, never failures, so guessing costs the full Argon2 price every
 * time. An entry is an HMAC-SHA256, under a key drawn at start-up and never stored, of the stored
 * hash and the presented password: the memory holds no password and nothing an attacker with a
 * heap dump can test guesses against without the key, and a changed password (a new stored hash)
 * never hits an old entry. Account status (locked, disabled) is checked by the caller on every
 * request as before; only the hash comparison is skipped.
 */
final class VerifiedCredentials implements PasswordEncoder {

    static final Duration REMEMBER_FOR = Duration.ofMinutes(5);
    static final int CAPACITY = 1_024;

    private final PasswordEncoder hashes;
    private final Clock clock;
    private final SecretKeySpec key;
    private final Map<String, Instant> verified = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
            return size() > CAPACITY;
        }
    };

    VerifiedCredentials(PasswordEncoder hashes, Clock clock) {
        this.hashes = hashes;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public @Nullable String encode(@Nullable CharSequence rawPassword) {
        return hashes.encode(rawPassword);
    }

    @Override
    public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return hashes.matches(rawPassword, encodedPassword);
        }
        String entry = entry(rawPassword, encodedPassword);
        if (remembered(entry)) {
            return true;
        }
        boolean matches = hashes.matches(rawPassword, encodedPassword);
        if (matches) {
            synchronized (verified) {
                verified.put(entry, clock.instant().plus(REMEMBER_FOR));
            }
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(@Nullable String encodedPassword) {
        return hashes.upgradeEncoding(encodedPassword);
    }

    /** How many verifications are remembered now (for tests). */
    int size() {
        synchronized (verified) {
            return verified.size();
        }
    }

    private boolean remembered(String entry) {
        synchronized (verified) {
            Instant until = verified.get(entry);
            if (until == null) {
                return false;
            }
            if (clock.instant().isBefore(until)) {
                return true;
            }
            verified.remove(entry);
            return false;
        }
    }

    private String entry(CharSequence rawPassword, String encodedPassword) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
