package org.openfid.platform;

/**
 * Role names shared by every module's access rules (without the {@code ROLE_} prefix).
 */
public final class Roles {

    /** Platform administrator: configuration, audit verification, key lifecycle. */
    public static final String ADMIN = "ADMIN";

    /** May use the cryptographic services (encrypt, decrypt, sign) on behalf of a partner system. */
    public static final String CRYPTO_CLIENT = "CRYPTO_CLIENT";

    /**
     * The enrolment pipeline (MOSIP's registration processor) and its peers: takes UINs from the
     * idgenerator, RIDs from the ridgenerator, validates numbers, and creates, updates and drafts
     * identity records.
     */
    public static final String REGISTRATION_PROCESSOR = "REGISTRATION_PROCESSOR";

    /**
     * A registration machine's upload account (MOSIP's registration client): syncs packet metadata,
     * uploads packets and asks for their status; it cannot read or change identities.
     */
    public static final String REGISTRATION_CLIENT = "REGISTRATION_CLIENT";

    /**
     * Decides suspected duplicates held for manual adjudication (duplicate or not); sees the
     * candidates' registration ids and scores, never biometric data.
     */
    public static final String ADJUDICATOR = "ADJUDICATOR";

    /**
     * Watches the enrolment pipeline: lists paused and parked cases and sends a parked case back to
     * its stage; sees registration ids, stages and codes, never packet contents.
     */
    public static final String ENROLMENT_OPERATOR = "ENROLMENT_OPERATOR";

    /**
     * Manages partners: registers them, approves their policy requests, issues licence keys, writes
     * policies. Sees partner organisations, never identity data.
     */
    public static final String PARTNER_ADMIN = "PARTNER_ADMIN";

    /**
     * A partner organisation's own account (its user name is the partner id): reads its partner
     * record, uploads its certificate, requests policies and manages its API keys, and nothing of any
     * other partner.
     */
    public static final String PARTNER = "PARTNER";

    /** May read the audit trail and run its verification. */
    public static final String AUDITOR = "AUDITOR";

    private Roles() {}
}
