package org.openfid.platform;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * MOSIP's request and response wrappers, shared by every MOSIP-compatible endpoint (keymanager, ID
 * generator, ID repository), so MOSIP clients (registration processor, resident service, test rigs)
 * talk to them unchanged. Whether an error travels with HTTP 200 or a matching status is the
 * endpoint's choice, as it differs between MOSIP services.
 */
public final class MosipEnvelope {

    public static final DateTimeFormatter UTC_PATTERN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private MosipEnvelope() {}

    /** {@code {id, version, requesttime, metadata, request}}. */
    public record Request<T>(
            @Nullable String id,
            @Nullable String version,
            @Nullable String requesttime,
            @Nullable Map<String, Object> metadata,

            @Valid @NotNull(message = "request must be present") @Nullable
            T request) {}

    /** {@code {id, version, responsetime, metadata, response, errors}}. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Response<T>(
            @Nullable String id,
            String version,
            String responsetime,
            @Nullable Map<String, Object> metadata,
            @Nullable T response,
            @Nullable List<Error> errors) {

        public static <T> Response<T> ok(@Nullable String id, T body, Instant now) {
            return new Response<>(id, "v1", UTC_PATTERN.format(now), null, body, null);
        }

        public static Response<Object> failed(@Nullable String id, List<Error> errors, Instant now) {
            return new Response<>(id, "v1", UTC_PATTERN.format(now), null, null, errors);
        }

        public static Response<Object> failed(String code, String message, Instant now) {
            return failed(null, List.of(new Error(code, message)), now);
        }
    }

    /** One MOSIP error entry. */
    public record Error(String errorCode, String message) {}
}
