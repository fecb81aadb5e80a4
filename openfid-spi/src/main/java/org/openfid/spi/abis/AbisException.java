package org.openfid.spi.abis;

/**
 * An ABIS request that failed, with MOSIP's failure reason. Nothing was changed by a failed request.
 *
 * @since 0.4
 */
public class AbisException extends RuntimeException {

    private final AbisFailure failure;

    public AbisException(AbisFailure failure, String message) {
        super(message);
        this.failure = failure;
    }

    public AbisException(AbisFailure failure, String message, Throwable cause) {
        super(message, cause);
        this.failure = failure;
    }

    /** Why the request failed. */
    public AbisFailure failure() {
        return failure;
    }
}
