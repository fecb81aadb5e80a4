/**
 * MOSIP IDA's partner endpoints (auth, e-KYC, OTP), with MOSIP's response envelope, error list and
 * {@code response-signature} header, and the internal history endpoint.
 */
@NullMarked
package org.openfid.authentication.web;

import org.jspecify.annotations.NullMarked;
