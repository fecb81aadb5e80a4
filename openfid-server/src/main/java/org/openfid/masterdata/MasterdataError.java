package org.openfid.masterdata;

/**
 * Why a master data operation failed. Codes follow MOSIP's {@code KER-MSD-*} style for reference data
 * and {@code KER-IOV-*} for identity validation, so MOSIP clients recognise them.
 */
public enum MasterdataError {
    INVALID_INPUT("KER-MSD-999", 400, "Invalid input"),
    NOT_FOUND("KER-MSD-404", 404, "No such master data record"),
    ALREADY_EXISTS("KER-MSD-409", 409, "A record with this id already exists"),
    IN_USE("KER-MSD-410", 409, "The record is referenced by other records"),
    STALE_VERSION("KER-MSD-412", 409, "The record was changed by someone else; reload and retry"),
    INVALID_SCHEMA("KER-IOV-005", 400, "The identity schema document is invalid"),
    SCHEMA_NOT_FOUND("KER-MSD-IDS-404", 404, "No identity schema has been published"),
    INVALID_COUNTRY("KER-MSD-COUNTRY", 400, "The country folder is invalid");

    private final String code;
    private final int status;
    private final String message;

    MasterdataError(String code, int status, String message) {
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
