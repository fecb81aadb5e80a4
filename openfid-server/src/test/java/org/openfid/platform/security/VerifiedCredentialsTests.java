package org.openfid.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.openfid.keys.MutableClock;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The remembered verifications in front of real Argon2, counting how often Argon2 really ran. */
class VerifiedCredentialsTests {

    private final CountingArgon2 argon2 = new CountingArgon2();
    private final MutableClock clock = new MutableClock();
    private final VerifiedCredentials credentials = new VerifiedCredentials(argon2, clock);
    private final String stored = credentials.encode("correct horse battery");

    @Test
    void aSuccessfulVerificationIsRememberedAndNotRepeated() {
        assertThat(credentials.matches("correct horse battery", stored)).isTrue();
        assertThat(credentials.matches("correct horse battery", stored)).isTrue();
        assertThat(credentials.matches("correct horse battery", stored)).isTrue();

        assertThat(argon2.verifications.get()).isEqualTo(1);
    }

    @Test
    void aWrongPasswordIsNeverRememberedSoEveryGuessPaysArgon2() {
        for (int i = 0; i < 3; i++) {
            assertThat(credentials.matches("wrong horse battery", stored)).isFalse();
        }

        assertThat(argon2.verifications.get()).isEqualTo(3);
        assertThat(credentials.size()).isZero();
    }

    @Test
    void aRememberedPasswordDoesNotOpenAnotherHash() {
        assertThat(credentials.matches("correct horse battery", stored)).isTrue();
        String changed = credentials.encode("a brand new password");

        assertThat(credentials.matches("correct horse battery", changed)).isFalse();
        assertThat(credentials.matches("a brand new password", changed)).isTrue();
        assertThat(argon2.verifications.get()).isEqualTo(3);
    }

    @Test
    void aVerificationIsForgottenAfterItsInterval() {
        assertThat(credentials.matches("correct horse battery", stored)).isTrue();
        clock.advance(VerifiedCredentials.REMEMBER_FOR.minusSeconds(1));
        assertThat(credentials.matches("correct horse battery", stored)).isTrue();
        assertThat(argon2.verifications.get()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(1));
        assertThat(credentials.matches("correct horse battery", stored)).isTrue();
        assertThat(argon2.verifications.get()).isEqualTo(2);
    }

    @Test
    void memoryIsBoundedByEvictingTheLeastRecentlyUsed() {
        PasswordEncoder cheap = new PasswordEncoder() {
            @Override
            public String encode(@Nullable CharSequence raw) {
                return "plain:" + raw;
            }

            @Override
            public boolean matches(@Nullable CharSequence raw, @Nullable String encoded) {
                return encoded != null && encoded.equals(encode(raw));
            }
        };
        var many = new VerifiedCredentials(cheap, clock);
        for (int i = 0; i < VerifiedCredentials.CAPACITY + 10; i++) {
            assertThat(many.matches("password-" + i, "plain:password-" + i)).isTrue();
        }

        assertThat(many.size()).isEqualTo(VerifiedCredentials.CAPACITY);
    }

    @Test
    void missingPasswordsAreLeftToTheEncoder() {
        assertThat(credentials.matches(null, stored)).isFalse();
        assertThat(credentials.matches("correct horse battery", null)).isFalse();
        assertThat(credentials.size()).isZero();
    }

    private static final class CountingArgon2 implements PasswordEncoder {
        final AtomicInteger verifications = new AtomicInteger();
        private final PasswordEncoder argon2 = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();

        @Override
        public @Nullable String encode(@Nullable CharSequence raw) {
            return argon2.encode(raw);
        }

        @Override
        public boolean matches(@Nullable CharSequence raw, @Nullable String encoded) {
            verifications.incrementAndGet();
            return raw != null && encoded != null && argon2.matches(raw, encoded);
        }
    }
}
