package org.openfid.partner;

/**
 * MOSIP's partner types ({@code partner_type} table). {@link #policyRequired} says whether partners of
 * the type work under a policy (and so need an approved policy mapping before they get an API key).
 */
public enum PartnerType {
    Auth_Partner(true),
    Device_Provider(false),
    Credential_Partner(true),
    Partner_Admin(false),
    FTM_Provider(false),
    Online_Verification_Partner(true),
    ABIS_Partner(true),
    Manual_Adjudication(true),
    MISP_Partner(false),
    Internal_Partner(true),
    SDK_Partner(false),
    Print_Partner(true),
    Binding_Partner(true);

    private final boolean policyRequired;

    PartnerType(boolean policyRequired) {
        this.policyRequired = policyRequired;
    }

    public boolean policyRequired() {
        return policyRequired;
    }
}
