package org.openfid.enrolment;

/**
 * The process a packet asks for (MOSIP's sync {@code registrationType}); each has its own stage list
 * in the pipeline.
 */
public enum RegistrationType {
    NEW,
    UPDATE,
    LOST,
    RES_UPDATE,
    ACTIVATED,
    DEACTIVATED,
    RES_REPRINT,
    CORRECTION,
    BIOMETRIC_CORRECTION
}
