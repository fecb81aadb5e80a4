package org.openfid.enrolment;

import org.openfid.platform.OpenFidException;

/**
 * A refused intake or status request, with MOSIP's registration processor code ({@code RPR-PKR-...},
 * {@code RPR-RGS-...}) and a fixed message that never repeats input.
 */
public class EnrolmentException extends OpenFidException {

    public EnrolmentException(String code, String message) {
        super(code, 400, message);
    }

    public EnrolmentException(String code, String message, Throwable cause) {
        super(code, 400, message, cause);
    }
}
