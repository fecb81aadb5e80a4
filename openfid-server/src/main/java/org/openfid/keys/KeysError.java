package org.openfid.keys;

/**
 * Every way a key operation can fail, with the MOSIP keymanager error code partners already handle
 * and the HTTP status of our own APIs.
 */
public enum KeysError {
    INVALID_REQUEST("KER-KMS-005", 400, "Invalid request"),
    UNKNOWN_APPLICATION("KER-KMS-002", 404, "ApplicationId not found in key policy"),
    KEY_NOT_FOUND("KER-KMS-012", 404, "Key generation process is not completed for this key"),
    KEY_EXPIRED("KER-KMS-001", 409, "Key is not valid: its validity period has ended"),
    ALGORITHM_MISMATCH("KER-KMS-004", 400, "The key cannot be used with the requested algorithm"),
    EMPTY_DATA("KER-CRY-004", 400, "Data should not be null or empty"),
    INVALID_DATA("KER-CRY-003", 400, "Data is malformed: not base64url or not a valid envelope"),
    THUMBPRINT_MISMATCH("KER-KMS-017", 400, "The certificate thumbprint matches no version of this key"),
    DECRYPTION_FAILED("KER-CRY-010", 400, "Decryption failed: data was altered or not encrypted for this key"),
    SIGNATURE_INVALID("KER-KMS-101", 400, "Signature verification failed"),
    CERTIFICATE_INVALID("KER-KMS-013", 400, "Certificate is invalid, expired or not trusted"),
    VAULT_FAILURE("KER-KMA-003", 503, "The key vault could not complete the operation");

    private final String code;
    private final int status;
    private final String message;

    KeysError(String code, int status, String message) {
        this.code = code;
        this.status = status;
        this.message = message;
    }

    public String code() {
        return code;
    }

    public int status() {
        return status;
    }

    public String message() {
        return message;
    }
}
