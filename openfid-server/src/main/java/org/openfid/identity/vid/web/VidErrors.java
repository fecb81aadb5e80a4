package org.openfid.identity.vid.web;

import java.time.Clock;
import java.util.List;
import org.openfid.identity.IdentityError;
import org.openfid.platform.MosipEnvelope.Error;
import org.openfid.platform.MosipEnvelope.Response;
import org.openfid.platform.OpenFidException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Errors of the VID endpoints in MOSIP's ID repository shape: the {@code IDR-*} code in {@code
 * errors[]} with the HTTP status the code stands for. Messages never repeat a UIN or VID.
 */
@RestControllerAdvice(assignableTypes = VidController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class VidErrors {

    private final Clock clock;

    VidErrors(Clock clock) {
        this.clock = clock;
    }

    @ExceptionHandler(OpenFidException.class)
    ResponseEntity<Response<Object>> failure(OpenFidException failure) {
        return ResponseEntity.status(failure.status())
                .body(Response.failed(failure.code(), failure.getMessage(), clock.instant()));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<Response<Object>> invalid(MethodArgumentNotValidException failure) {
        List<Error> errors = failure.getBindingResult().getAllErrors().stream()
                .map(error -> new Error(IdentityError.MISSING_INPUT.code(), String.valueOf(error.getDefaultMessage())))
                .toList();
        return ResponseEntity.badRequest().body(Response.failed(null, errors, clock.instant()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Response<Object>> unreadable(HttpMessageNotReadableException failure) {
        return ResponseEntity.badRequest()
                .body(Response.failed(
                        IdentityError.INVALID_REQUEST.code(),
                        "Request body is not valid JSON of the expected shape",
                        clock.instant()));
    }
}
