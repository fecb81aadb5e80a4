package org.openfid.spi.blobs;

/**
 * A blob store operation failed. Messages never contain blob content.
 *
 * @since 0.2
 */
public class BlobStoreException extends RuntimeException {

    /** Why the operation failed. */
    public enum Reason {
        INVALID_KEY,
        STORAGE_FAILURE
    }

    private final Reason reason;

    public BlobStoreException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public BlobStoreException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
