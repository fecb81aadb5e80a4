package org.openfid.identity.numbers.web;

import org.openfid.platform.OpenFidException;

/**
 * A failure of the idgenerator or ridgenerator endpoints with MOSIP's kernel code, answered in the
 * MOSIP envelope.
 */
class IdGeneratorFailure extends OpenFidException {

    static final String UIN_NOT_FOUND = "KER-UIG-001";
    static final String UIN_STATUS_NOT_FOUND = "KER-UIG-003";
    static final String UIN_NOT_ISSUED = "KER-UIG-004";
    static final String UIN_INTERNAL = "KER-UIG-005";
    static final String RID_EMPTY = "KER-RIG-002";
    static final String RID_LENGTH = "KER-RIG-003";
    static final String RID_FETCH = "KER-RIG-005";
    static final String INVALID_REQUEST = "KER-UIG-999";

    IdGeneratorFailure(String code, String message) {
        super(code, 200, message);
    }
}
