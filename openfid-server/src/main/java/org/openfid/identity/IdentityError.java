package org.openfid.identity;

/**
 * Why an identity operation failed. The codes are MOSIP ID repository's ({@code IDR-*}), so callers
 * written for MOSIP recognise them; {@code IDR-IDC-015} and up are ours.
 */
public enum IdentityError {
    MISSING_INPUT("IDR-IDC-001", 400, "Missing input parameter"),
    INVALID_INPUT("IDR-IDC-002", 400, "Invalid input parameter"),
    INVALID_REQUEST("IDR-IDC-003", 400, "Invalid request"),
    DATA_VALIDATION_FAILED("IDR-IDC-005", 400, "Input data validation failed"),
    NO_RECORD_FOUND("IDR-IDC-007", 404, "No record found"),
    RECORD_EXISTS("IDR-IDC-012", 409, "Record already exists"),
    UPDATE_COUNT_LIMIT_EXCEEDED("IDR-IDC-013", 400, "Update count limit for the attributes exceeded"),
    HANDLE_RECORD_EXISTS("IDR-IDC-014", 409, "Handle record already exists"),
    CONCURRENT_UPDATE("IDR-IDC-015", 409, "The record was changed concurrently; read it again and retry"),
    INVALID_STATUS("IDR-IDC-016", 409, "The operation is not allowed in the record's current status"),
    DRAFT_NOT_FOUND("IDR-IDC-017", 404, "No draft for this registration id"),
    ENCRYPTION_FAILED("IDR-IDS-003", 500, "Failed to encrypt or decrypt the record"),
    FILE_STORAGE_ACCESS_ERROR("IDR-IDS-004", 500, "Failed to store or retrieve a file"),
    FILE_NOT_FOUND("IDR-IDS-006", 500, "A stored file is missing"),
    UIN_GENERATION_FAILED("IDR-IDS-011", 503, "Failed to generate a UIN"),
    INVALID_VID("IDR-VID-001", 400, "VID is invalid"),
    VID_GENERATION_FAILED("IDR-VID-002", 503, "Failed to generate a VID"),
    VID_POLICY_FAILED("IDR-VID-003", 400, "Could not generate or regenerate the VID as per policy"),
    INVALID_UIN("IDR-VID-004", 400, "Invalid UIN");

    private final String code;
    private final int status;
    private final String message;

    IdentityError(String code, int status, String message) {
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
