package org.openfid.audit.seal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SealPayloadTests {

    static final String HASH = "ab".repeat(32);

    @Test
    void isOneLineOfJsonWithAFixedFieldOrder() {
        var payload = new SealPayload(42, HASH, Instant.parse("2026-03-01T10:00:00.123456Z"));

        assertThat(new String(payload.bytes(), StandardCharsets.UTF_8))
                .isEqualTo("{\"type\":\"openfid-audit-seal/v1\",\"seq\":42,\"hash\":\"" + HASH
                        + "\",\"sealedAt\":\"2026-03-01T10:00:00.123456Z\"}");
    }

    @Test
    void parsesWhatItWrites() {
        var payload = new SealPayload(42, HASH, Instant.parse("2026-03-01T10:00:00Z"));

        assertThat(SealPayload.parse(payload.bytes())).contains(payload);
    }

    @Test
    void refusesOtherSignedStatements() {
        String otherType = "{\"type\":\"something-else\",\"seq\":42,\"hash\":\"" + HASH
                + "\",\"sealedAt\":\"2026-03-01T10:00:00Z\"}";
        String padded = "{\"type\":\"openfid-audit-seal/v1\",\"seq\":42,\"hash\":\"" + HASH
                + "\",\"sealedAt\":\"2026-03-01T10:00:00Z\"} ";

        assertThat(SealPayload.parse(otherType.getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(SealPayload.parse(padded.getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(SealPayload.parse("not json".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
    }
}
