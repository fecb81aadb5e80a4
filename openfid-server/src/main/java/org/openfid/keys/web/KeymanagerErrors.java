package org.openfid.keys.web;

import java.time.Clock;
import java.util.List;
import org.openfid.keys.KeysError;
import org.openfid.keys.KeysException;
import org.openfid.platform.MosipEnvelope.Error;
import org.openfid.platform.MosipEnvelope.Response;
import org.openfid.spi.keys.KeyVaultException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Errors of the MOSIP-compatible endpoints in MOSIP's shape: HTTP 200 with {@code errors[]} of
 * {@code errorCode} and {@code message}, the codes MOSIP clients already handle. Messages are fixed
 * texts or name a field; they never carry key material, input data or a stack trace.
 */
@RestControllerAdvice(assignableTypes = {CryptoController.class, KeyController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class KeymanagerErrors {

    private static final Logger LOG = LoggerFactory.getLogger(KeymanagerErrors.class);

    private final Clock clock;

    KeymanagerErrors(Clock clock) {
        this.clock = clock;
    }

    @ExceptionHandler(KeysException.class)
    Response<Object> keys(KeysException failure) {
        return failed(List.of(new Error(failure.code(), failure.getMessage())));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    Response<Object> invalid(MethodArgumentNotValidException failure) {
        List<Error> errors = failure.getBindingResult().getAllErrors().stream()
                .map(error -> new Error(KeysError.INVALID_REQUEST.code(), String.valueOf(error.getDefaultMessage())))
                .toList();
        return failed(errors);
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MissingServletRequestParameterException.class})
    Response<Object> unreadable(Exception failure) {
        String message = failure instanceof MissingServletRequestParameterException missing
                ? missing.getParameterName() + " is required"
                : "Request body is not valid JSON of the expected shape";
        return failed(List.of(new Error(KeysError.INVALID_REQUEST.code(), message)));
    }

    @ExceptionHandler(KeyVaultException.class)
    Response<Object> vault(KeyVaultException failure) {
        LOG.error("Key vault failure: {}", failure.getMessage());
        return failed(List.of(new Error(KeysError.VAULT_FAILURE.code(), KeysError.VAULT_FAILURE.message())));
    }

    private Response<Object> failed(List<Error> errors) {
        return Response.failed(null, errors, clock.instant());
    }
}
