package org.openfid.keys.web;

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
 * MOSIP's request and response wrappers, so MOSIP clients and test rigs talk to our keymanager
 * endpoints unchanged. Business errors travel in {@code errors} with HTTP 200, as MOSIP does.
 */
final class MosipEnvelope {

    static final DateTimeFormatter UTC_PATTERN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private MosipEnvelope() {}

    /** {@code {id, version, requesttime, metadata, request}}. */
    record Request<T>(
            @Nullable String id,
            @Nullable String version,
            @Nullable String requesttime,
            @Nullable Map<String, Object> metadata,

            @Valid @NotNull(message = "request must be present") @Nullable
            T request) {}

    /** {@code {id, version, responsetime, metadata, response, errors}}. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Response<T>(
            @Nullable String id,
            String version,
            String responsetime,
            @Nullable Map<String, Object> metadata,
            @Nullable T response,
            @Nullable List<Error> errors) {

        static <T> Response<T> ok(@Nullable String id, T body, Instant now) {
            return new Response<>(id, "v1", UTC_PATTERN.format(now), null, body, null);
        }

        static Response<Object> failed(@Nullable String id, List<Error> errors, Instant now) {
            return new Response<>(id, "v1", UTC_PATTERN.format(now), null, null, errors);
        }
    }

    /** One MOSIP error entry. */
    record Error(String errorCode, String message) {}
}
