package org.openfid.authentication;

import java.util.List;

/**
 * A request refused before or during authentication, with the MOSIP errors to return. Thrown inside
 * the module's flow and turned into an IDA response ({@code authStatus: false}), never a stack trace.
 */
public class IdaRefusal extends RuntimeException {

    private final List<IdaError> errors;

    public IdaRefusal(IdaError error) {
        this(List.of(error));
    }

    public IdaRefusal(List<IdaError> errors) {
        super(errors.isEmpty() ? "refused" : errors.getFirst().errorCode(), null, false, false);
        this.errors = List.copyOf(errors);
    }

    public List<IdaError> errors() {
        return errors;
    }
}
