package org.openfid.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RedactingJsonFormatTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RedactingJsonFormat format = new RedactingJsonFormat();
    private final LoggerContext loggers = new LoggerContext();

    @Test
    void writesOneJsonObjectPerLine() {
        String line = format.format(event("Key rotated\nfor application KERNEL", null, Map.of()));

        assertThat(line).endsWith("\n");
        assertThat(line.strip()).doesNotContain("\n");
        JsonNode json = JSON.readTree(line);
        assertThat(json.get("message").asString()).isEqualTo("Key rotated\nfor application KERNEL");
        assertThat(json.get("level").asString()).isEqualTo("INFO");
        assertThat(json.get("logger").asString()).isEqualTo("org.openfid.keys.Rotation");
        assertThat(json.get("@timestamp").asString()).isEqualTo("2026-11-22T04:41:17.112Z");
    }

    @Test
    void redactsTheMessage() {
        String line = format.format(event("OTP for amina@example.org sent to +221 77 123 45 67", null, Map.of()));

        String message = JSON.readTree(line).get("message").asString();
        assertThat(message).isEqualTo("OTP for [email] sent to [number]");
        assertThat(line).doesNotContain("amina", "123 45 67");
    }

    @Test
    void copiesOnlyWhitelistedDiagnosticKeys() {
        String line = format.format(event(
                "request done",
                null,
                Map.of(
                        "requestId", "req-00000001",
                        "partner", "partner-7",
                        "uin", "4829173650",
                        "user.email", "amina@example.org")));

        JsonNode json = JSON.readTree(line);
        assertThat(json.get("requestId").asString()).isEqualTo("req-00000001");
        assertThat(json.get("partner").asString()).isEqualTo("partner-7");
        assertThat(json.has("uin")).isFalse();
        assertThat(json.has("user.email")).isFalse();
        assertThat(line).doesNotContain("4829173650", "amina");
    }

    @Test
    void redactsWhitelistedDiagnosticValuesToo() {
        String line = format.format(event("request done", null, Map.of("requestId", "4829173650")));

        assertThat(JSON.readTree(line).get("requestId").asString()).isEqualTo("[number]");
    }

    @Test
    void redactsStackTraces() {
        var failure = new IllegalStateException("no identity for UIN 4829173650 (password=hunter2)");

        String line = format.format(event("lookup failed", failure, Map.of()));

        JsonNode json = JSON.readTree(line);
        assertThat(json.get("error").asString())
                .contains("IllegalStateException", "[number]", "password=[redacted]")
                .doesNotContain("4829173650", "hunter2");
        assertThat(line.strip()).doesNotContain("\n");
    }

    private LoggingEvent event(String message, @Nullable Throwable failure, Map<String, String> mdc) {
        var event = new LoggingEvent(
                getClass().getName(),
                loggers.getLogger("org.openfid.keys.Rotation"),
                Level.INFO,
                message,
                failure,
                null);
        event.setTimeStamp(1_795_322_477_112L);
        event.setMDCPropertyMap(mdc);
        return event;
    }
}
