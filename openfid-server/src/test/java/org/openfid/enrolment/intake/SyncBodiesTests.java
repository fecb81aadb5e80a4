package org.openfid.enrolment.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openfid.enrolment.EnrolmentProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;

/**
 * A plain JSON sync body is refused unless the operator allowed it (secure by default). The plain
 * path never decrypts, so no vault is needed here; encrypted bodies are covered by
 * EncryptedSyncTests on the real vault.
 */
class SyncBodiesTests {

    private static final String PLAIN = "{\"id\":\"mosip.registration.sync\"}";

    @Test
    void aPlainBodyIsRefusedWhenNotAllowed() {
        var bodies = new SyncBodies(null, properties(false));
        assertThatThrownBy(() -> bodies.open(PLAIN, "10001_10002")).hasMessageContaining("Request Decryption Failed");
    }

    @Test
    void aPlainBodyIsAcceptedWhenAllowed() {
        var bodies = new SyncBodies(null, properties(true));
        assertThat(bodies.open("  " + PLAIN + "\n", "10001_10002")).isEqualTo(PLAIN);
    }

    @Test
    void theDefaultRefusesPlainBodies() {
        var defaults = new Binder(new MapConfigurationPropertySource())
                .bindOrCreate("openfid.enrolment", EnrolmentProperties.class);
        assertThat(defaults.plainSyncBody()).isFalse();
        assertThat(defaults.sealPackets()).isTrue();
    }

    private static EnrolmentProperties properties(boolean plain) {
        return new EnrolmentProperties(
                DataSize.ofMegabytes(20), plain, true, 0, Duration.ofSeconds(1), Duration.ofSeconds(5), 5, 18, 30);
    }
}
