package org.openfid.identity.web;

import java.time.Clock;
import java.util.List;
import org.openfid.identity.IdentityError;
import org.openfid.identity.IdentityException;
import org.openfid.identity.IdentityValidationException;
import org.openfid.platform.MosipEnvelope.Error;
import org.openfid.platform.MosipEnvelope.Response;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Errors of the ID repository endpoints in MOSIP's shape ({@code errors[]} of {@code errorCode} and
 * {@code message}, IDR codes), with the HTTP status of the error so that plain HTTP clients see a
 * failure too. A schema failure lists every violation (path and code, never the value).
 */
@RestControllerAdvice(assignableTypes = {IdentityController.class, AuthTypeController.class, DraftController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class IdRepoErrors {

    private final Clock clock;

    IdRepoErrors(Clock clock) {
        this.clock = clock;
    }

    @ExceptionHandler(IdentityValidationException.class)
    ResponseEntity<Response<Object>> invalid(IdentityValidationException failure) {
        List<Error> errors = failure.violations().stream()
                .map(v -> new Error(failure.code(), v.path() + ": " + v.code() + " - " + v.message()))
                .toList();
        return ResponseEntity.status(failure.error().status()).body(Response.failed(null, errors, clock.instant()));
    }

    @ExceptionHandler(IdentityException.class)
    ResponseEntity<Response<Object>> identity(IdentityException failure) {
        return failed(failure.error(), failure.getMessage());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<Response<Object>> invalidRequest(MethodArgumentNotValidException failure) {
        List<Error> errors = failure.getBindingResult().getAllErrors().stream()
                .map(error -> new Error(IdentityError.MISSING_INPUT.code(), String.valueOf(error.getDefaultMessage())))
                .toList();
        return ResponseEntity.badRequest().body(Response.failed(null, errors, clock.instant()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Response<Object>> unreadable(HttpMessageNotReadableException failure) {
        return failed(IdentityError.INVALID_REQUEST, "Request body is not valid JSON of the expected shape");
    }

    private ResponseEntity<Response<Object>> failed(IdentityError error, String message) {
        return ResponseEntity.status(error.status())
                .body(Response.failed(null, List.of(new Error(error.code(), message)), clock.instant()));
    }
}
