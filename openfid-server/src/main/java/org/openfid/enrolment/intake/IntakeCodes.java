package org.openfid.enrolment.intake;

/**
 * MOSIP registration processor codes used by intake (packet receiver {@code RPR-PKR-*}, registration
 * status {@code RPR-RGS-*}), so registration clients read our refusals unchanged.
 */
public final class IntakeCodes {

    public static final String NOT_SYNCED = "RPR-PKR-001";
    public static final String INVALID_SIZE = "RPR-PKR-002";
    public static final String INVALID_FORMAT = "RPR-PKR-003";
    public static final String DUPLICATE = "RPR-PKR-005";
    public static final String PACKET_MISSING = "RPR-PKR-006";
    public static final String HASH_MISMATCH = "RPR-PKR-009";
    public static final String STORE_FAILED = "RPR-PKR-012";
    public static final String SIZE_MISMATCH = "RPR-PKR-013";
    public static final String RECEIVED = "RPR-PKR-SUCCESS-001";

    public static final String INVALID_TYPE = "RPR-RGS-003";
    public static final String INVALID_LANGUAGE = "RPR-RGS-004";
    public static final String EMPTY_RID = "RPR-RGS-006";
    public static final String INVALID_RID_TIMESTAMP = "RPR-RGS-007";
    public static final String INVALID_RID = "RPR-RGS-008";
    public static final String INVALID_RID_LENGTH = "RPR-RGS-009";
    public static final String MISSING_VALUE = "RPR-RGS-013";
    public static final String INVALID_VALUE = "RPR-RGS-014";
    public static final String INCORRECT_DATA = "RPR-RGS-015";
    public static final String JSON_MAPPING = "RPR-RGS-016";
    public static final String JSON_PARSING = "RPR-RGS-017";
    public static final String INVALID_SUPERVISOR_STATUS = "RPR-RGS-026";
    public static final String MISSING_HASH = "RPR-RGS-027";
    public static final String DECRYPTION_FAILED = "RPR-RGS-028";
    public static final String RID_NOT_FOUND = "RPR-RGS-031";

    private IntakeCodes() {}
}
