package org.openfid.partner;

/**
 * Why a partner operation failed. Management codes follow MOSIP PMS's {@code PMS_*} style; the
 * failures of {@link Partners#authorise} carry the IDA codes MOSIP's authentication returns for the
 * same cause, so relying parties see the codes they already handle.
 */
public enum PartnerError {
    INVALID_INPUT("PMS_COR_001", 400, "Invalid input"),
    PARTNER_EXISTS("PMS_PRT_002", 409, "A partner with this id already exists"),
    PARTNER_NOT_FOUND("PMS_PRT_005", 404, "No such partner"),
    POLICY_GROUP_EXISTS("PMS_POL_009", 409, "A policy group with this name already exists"),
    POLICY_GROUP_NOT_FOUND("PMS_POL_016", 404, "No such policy group"),
    POLICY_EXISTS("PMS_POL_010", 409, "A policy with this name already exists"),
    POLICY_NOT_FOUND("PMS_POL_008", 404, "No such policy"),
    INVALID_POLICY("PMS_POL_019", 400, "The policy document is invalid"),
    POLICY_NOT_ACTIVE("PMS_POL_020", 409, "The policy is not active"),
    POLICY_STATE("PMS_POL_021", 409, "The policy cannot change from its current state"),
    MAPPING_NOT_FOUND("PMS_PRT_106", 404, "No such policy mapping"),
    MAPPING_EXISTS("PMS_PRT_107", 409, "The partner already requested this policy"),
    MAPPING_NOT_APPROVED("PMS_PRT_108", 409, "The partner's use of this policy is not approved"),
    API_KEY_EXISTS("PMS_PRT_110", 409, "The partner already has an API key with this label"),
    API_KEY_NOT_FOUND("PMS_PRT_111", 404, "No such API key"),
    NOT_A_MISP("PMS_MSP_001", 409, "Licence keys are issued to MISP partners only"),
    LICENCE_NOT_FOUND("PMS_MSP_002", 404, "No such licence key"),
    PARTNER_INACTIVE("PMS_PRT_009", 409, "The partner is deactivated"),
    CERTIFICATE_INVALID("PMS_CER_001", 400, "The certificate is invalid or does not chain to a trusted CA"),
    NOT_OWN_PARTNER("PMS_ATH_403", 403, "A partner account may act only on its own partner"),

    // failures of authorise(), as MOSIP IDA reports them (HTTP status is the endpoint's choice)
    INVALID_LICENCE_KEY("IDA-MPA-007", 200, "License key does not belong to a registered MISP"),
    LICENCE_KEY_EXPIRED("IDA-MPA-008", 200, "License key of MISP has expired"),
    LICENCE_KEY_SUSPENDED("IDA-MPA-017", 200, "License key of MISP is blocked"),
    PARTNER_NOT_REGISTERED("IDA-MPA-009", 200, "Partner is not registered"),
    PARTNER_DEACTIVATED("IDA-MPA-012", 200, "Partner is deactivated"),
    INVALID_POLICY_ID("IDA-MPA-018", 200, "Policy ID does not belong to a registered Partner"),
    PARTNER_POLICY_NOT_ACTIVE("IDA-MPA-019", 200, "Partner policy is not active"),
    PARTNER_API_EXPIRED("IDA-MPA-039", 200, "Partner API is expired or using before Commence Start Date.");

    private final String code;
    private final int status;
    private final String message;

    PartnerError(String code, int status, String message) {
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
