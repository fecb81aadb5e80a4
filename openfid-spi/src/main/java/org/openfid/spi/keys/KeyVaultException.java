package org.openfid.spi.keys;

/**
 * A vault operation failed. Messages name the alias and the reason, never key material.
 *
 * @since 0.1
 */
public class KeyVaultException extends RuntimeException {

    /** Why the operation failed, so callers can answer precisely. */
    public enum Reason {
        NO_SUCH_KEY,
        ALIAS_EXISTS,
        UNSUPPORTED,
        DECRYPTION_FAILED,
        VAULT_FAILURE
    }

    private final Reason reason;

    public KeyVaultException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public KeyVaultException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
