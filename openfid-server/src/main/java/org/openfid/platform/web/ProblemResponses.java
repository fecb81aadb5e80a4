package org.openfid.platform.web;

import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.openfid.platform.OpenFidException;
import org.openfid.platform.RequestContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure on our own APIs into an RFC 9457 problem: a stable {@code code}, the request
 * id, field-level violations where input was invalid, and never a stack trace. Modules with
 * MOSIP-compatible endpoints install their own, more specific advice.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponses.class);
    private static final String TYPE_BASE = "https://openfid.org/problems/";

    private final RequestContext requests;

    ProblemResponses(RequestContext requests) {
        this.requests = requests;
    }

    @ExceptionHandler(OpenFidException.class)
    ProblemDetail platformFailure(OpenFidException failure) {
        return problem(HttpStatus.valueOf(failure.status()), failure.getMessage(), failure.code());
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail invalidParameters(ConstraintViolationException failure) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Request parameters are invalid", "INVALID_INPUT");
        problem.setProperty(
                "violations",
                failure.getConstraintViolations().stream()
                        .map(v -> Map.of("field", String.valueOf(v.getPropertyPath()), "message", v.getMessage()))
                        .toList());
        return problem;
    }

    /** A header or path the firewall refused when it was first read: the client's mistake, not ours. */
    @ExceptionHandler(RequestRejectedException.class)
    ProblemDetail rejected(RequestRejectedException failure) {
        return problem(HttpStatus.BAD_REQUEST, "The request has a malformed header", "MALFORMED_REQUEST");
    }

    /** A problem with our type, stable code and the request id. */
    private ProblemDetail problem(HttpStatus status, String detail, String code) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + code));
        problem.setProperty("code", code);
        problem.setProperty("requestId", requests.requestId());
        return problem;
    }

    /** Adapter edge: anything unexpected becomes a 500 without internals; the log keeps the cause. */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception failure) {
        LOG.error("Unexpected failure in request {}", requests.requestId(), failure);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "An unexpected error occurred", "INTERNAL_ERROR");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException failure, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Request body is invalid", "INVALID_INPUT");
        List<Map<String, String>> violations = failure.getBindingResult().getFieldErrors().stream()
                .map(e -> Map.of("field", e.getField(), "message", String.valueOf(e.getDefaultMessage())))
                .toList();
        problem.setProperty("violations", violations);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(
            @org.jspecify.annotations.Nullable Object body,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            String code = "HTTP_" + status.value();
            problem.setProperty("code", code);
            problem.setProperty("requestId", requests.requestId());
            if (problem.getType() == null || "about:blank".equals(String.valueOf(problem.getType()))) {
                problem.setType(URI.create(TYPE_BASE + code));
            }
        }
        return new ResponseEntity<>(body, headers, status);
    }
}
