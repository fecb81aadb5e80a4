package org.openfid.identity.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * MOSIP's ID repository wrappers: {@code {id, version, requesttime, request}} in, {@code {id,
 * version, responsetime, response, errors}} out, so MOSIP's registration processor and test rigs
 * talk to these endpoints unchanged.
 */
final class IdRepoEnvelope {

    static final DateTimeFormatter UTC_PATTERN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private IdRepoEnvelope() {}

    record Request<T>(
            @Nullable String id,
            @Nullable String version,
            @Nullable String requesttime,

            @Valid @NotNull(message = "request must be present") @Nullable
            T request) {}

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Response<T>(
            @Nullable String id,
            String version,
            String responsetime,
            @Nullable T response,
            @Nullable List<Error> errors) {

        static <T> Response<T> ok(String id, T body, Instant now) {
            return new Response<>(id, "v1", UTC_PATTERN.format(now), body, null);
        }

        static Response<Object> failed(List<Error> errors, Instant now) {
            return new Response<>(null, "v1", UTC_PATTERN.format(now), null, errors);
        }
    }

    /** One MOSIP error entry. */
    record Error(String errorCode, String message) {}
}
