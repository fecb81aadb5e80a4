package org.openfid.masterdata;

/** How a field may be shared, as MOSIP's {@code fieldCategory}. */
public enum FieldCategory {
    /** Private: never shared in e-KYC. */
    PVT,
    /** Shareable in e-KYC when policy and consent allow. */
    KYC,
    /** Evidence (documents, biometrics) kept to justify the record. */
    EVIDENCE,
    /** Optional data, never required. */
    OPTIONAL,
    /** Technical fields (schema version, UIN). */
    NONE
}
