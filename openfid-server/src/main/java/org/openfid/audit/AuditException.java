package org.openfid.audit;

import org.openfid.platform.OpenFidException;

/** A request to the audit trail that cannot be served as asked; the message is safe to show. */
public class AuditException extends OpenFidException {

    /** Code of a page request outside the allowed bounds. */
    public static final String INVALID_PAGE = "AUD-001";

    AuditException(String code, int status, String message) {
        super(code, status, message);
    }

    static AuditException invalidPage(String message) {
        return new AuditException(INVALID_PAGE, 400, message);
    }
}
