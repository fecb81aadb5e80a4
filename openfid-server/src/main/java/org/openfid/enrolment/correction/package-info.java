/**
 * Correction requests: a case paused for better biometrics (MOSIP's pause-and-request-additional-info,
 * {@code BIOMETRIC_CORRECTION}) records a request here, and the correction packet that answers it
 * finds the paused case by the request's id ({@link org.openfid.enrolment.correction.CorrectionRequests}).
 */
@NullMarked
package org.openfid.enrolment.correction;

import org.jspecify.annotations.NullMarked;
