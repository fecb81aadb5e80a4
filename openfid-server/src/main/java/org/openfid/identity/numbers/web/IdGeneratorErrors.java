package org.openfid.identity.numbers.web;

import java.time.Clock;
import java.util.List;
import org.openfid.identity.IdentityError;
import org.openfid.identity.IdentityException;
import org.openfid.platform.MosipEnvelope.Error;
import org.openfid.platform.MosipEnvelope.Response;
import org.openfid.platform.OpenFidException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Errors of the idgenerator, ridgenerator and validator endpoints in MOSIP's shape: HTTP 200 with
 * {@code errors[]}. Messages are fixed texts; they never repeat the number that was sent.
 */
@RestControllerAdvice(
        assignableTypes = {IdGeneratorController.class, RidGeneratorController.class, IdValidatorController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class IdGeneratorErrors {

    private final Clock clock;

    IdGeneratorErrors(Clock clock) {
        this.clock = clock;
    }

    @ExceptionHandler(IdentityException.class)
    Response<Object> identity(IdentityException failure) {
        String code = failure.error() == IdentityError.UIN_GENERATION_FAILED
                ? IdGeneratorFailure.UIN_INTERNAL
                : failure.code();
        return Response.failed(code, failure.getMessage(), clock.instant());
    }

    @ExceptionHandler(OpenFidException.class)
    Response<Object> other(OpenFidException failure) {
        return Response.failed(failure.code(), failure.getMessage(), clock.instant());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    Response<Object> invalid(MethodArgumentNotValidException failure) {
        List<Error> errors = failure.getBindingResult().getAllErrors().stream()
                .map(error -> new Error(IdGeneratorFailure.INVALID_REQUEST, String.valueOf(error.getDefaultMessage())))
                .toList();
        return Response.failed(null, errors, clock.instant());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    Response<Object> unreadable(HttpMessageNotReadableException failure) {
        return Response.failed(
                IdGeneratorFailure.INVALID_REQUEST,
                "Request body is not valid JSON of the expected shape",
                clock.instant());
    }
}
