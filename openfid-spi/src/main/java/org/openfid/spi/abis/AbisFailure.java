package org.openfid.spi.abis;

/**
 * MOSIP's ABIS failure reasons, with their numbers ({@code failureReason} in responses).
 *
 * @since 0.4
 */
public enum AbisFailure {
    INTERNAL_ERROR(1),
    ABORTED(2),
    UNEXPECTED_ERROR(3),
    INVALID_REQUEST_STRUCTURE(4),
    MISSING_REFERENCE_ID(5),
    MISSING_REQUEST_ID(6),
    UNABLE_TO_FETCH_BIOMETRICS(7),
    MISSING_REFERENCE_URL(8),
    MISSING_REQUEST_TIME(9),
    REFERENCE_ID_EXISTS(10),
    BIOMETRICS_EMPTY(11),
    REFERENCE_ID_NOT_FOUND(12),
    INVALID_VERSION(13),
    INVALID_ID(14),
    INVALID_REQUEST_TIME(15),
    INVALID_BIOMETRICS(16),
    DATA_SHARE_EXPIRED(17),
    QUALITY_CHECK_FAILED(18);

    private final int code;

    AbisFailure(int code) {
        this.code = code;
    }

    /** The number MOSIP sends as {@code failureReason}. */
    public int code() {
        return code;
    }
}
