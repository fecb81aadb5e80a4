package org.openfid.keys;

import org.openfid.platform.OpenFidException;

/** A key operation failed for a reason in {@link KeysError}; the message never holds key material. */
public class KeysException extends OpenFidException {

    private final KeysError error;

    public KeysException(KeysError error, String detail) {
        super(error.code(), error.status(), detail);
        this.error = error;
    }

    public KeysException(KeysError error) {
        this(error, error.message());
    }

    public KeysException(KeysError error, String detail, Throwable cause) {
        super(error.code(), error.status(), detail, cause);
        this.error = error;
    }

    public KeysError error() {
        return error;
    }
}
