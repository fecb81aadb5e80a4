package org.openfid.platform.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.logging.structured.StructuredLogFormatter;
import tools.jackson.databind.json.JsonMapper;

/**
 * One JSON object per log line, with the message and any stack trace passed through
 * {@link Redaction}. Only whitelisted MDC keys are copied, so a value put in the MDC by a library
 * cannot leak. Selected with {@code logging.structured.format.console}.
 */
public class RedactingJsonFormat implements StructuredLogFormatter<ILoggingEvent> {

    private static final Set<String> MDC_KEYS = Set.of("requestId", "partner", "traceId", "spanId");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public String format(ILoggingEvent event) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("@timestamp", Instant.ofEpochMilli(event.getTimeStamp()).toString());
        line.put("level", event.getLevel().toString());
        line.put("logger", event.getLoggerName());
        line.put("thread", event.getThreadName());
        line.put("message", Redaction.redact(event.getFormattedMessage()));
        event.getMDCPropertyMap().forEach((key, value) -> {
            if (MDC_KEYS.contains(key) && value != null) {
                line.put(key, Redaction.redact(value));
            }
        });
        IThrowableProxy thrown = event.getThrowableProxy();
        if (thrown != null) {
            line.put("error", Redaction.redact(ThrowableProxyUtil.asString(thrown)));
        }
        return JSON.writeValueAsString(line) + "\n";
    }
}
