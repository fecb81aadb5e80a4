package org.openfid.spi.biometrics;

/**
 * Why an SDK operation failed, with the status code MOSIP's BioSDK returns for it. The message
 * describes the problem and never contains biometric data.
 *
 * @since 0.4
 */
public class BiometricSdkException extends RuntimeException {

    /** The failure, with MOSIP's BioSDK status code. */
    public enum Reason {
        /** A sample or template is malformed or of the wrong format. */
        INVALID_INPUT(401),
        /** A required sample or template is missing. */
        MISSING_INPUT(402),
        /** The quality check could not be performed. */
        QUALITY_CHECK_FAILED(403),
        /** The requested modality is not in the record. */
        BIOMETRIC_NOT_FOUND(404),
        /** Matching could not be performed. */
        MATCHING_FAILED(405),
        /** The sample is too poor to extract features from. */
        POOR_DATA_QUALITY(406),
        /** This SDK has no algorithm for the modality (for example face or iris). */
        UNSUPPORTED_MODALITY(401),
        /** Anything else. */
        UNKNOWN_ERROR(500);

        private final int statusCode;

        Reason(int statusCode) {
            this.statusCode = statusCode;
        }

        /** MOSIP's BioSDK response status code. */
        public int statusCode() {
            return statusCode;
        }
    }

    private final Reason reason;

    public BiometricSdkException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public BiometricSdkException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /** Why the operation failed. */
    public Reason reason() {
        return reason;
    }
}
