package org.openfid.platform;

/**
 * A failure a caller can act on: it carries a stable error code, the HTTP status it maps to, and a
 * message safe to show (never key material, PII or internals). Modules subclass it; the web layer
 * turns it into an RFC 9457 problem (or a MOSIP error envelope on MOSIP-compatible endpoints).
 */
public abstract class OpenFidException extends RuntimeException {

    private final String code;
    private final int status;

    protected OpenFidException(String code, int status, String message) {
        super(message);
        this.code = code;
        this.status = status;
    }

    protected OpenFidException(String code, int status, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.status = status;
    }

    /** Stable machine-readable code, for example {@code KER-KMS-002}. */
    public String code() {
        return code;
    }

    /** HTTP status this failure maps to. */
    public int status() {
        return status;
    }
}
