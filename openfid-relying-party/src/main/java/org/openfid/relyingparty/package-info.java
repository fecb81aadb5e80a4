/**
 * A client for relying parties of OpenFID's MOSIP IDA-compatible API. {@link
 * org.openfid.relyingparty.IdaClient} builds auth, e-KYC and OTP requests protected as MOSIP specifies
 * (AES-256-GCM body under a session key wrapped with RSA-OAEP-SHA256 to the platform's IDA
 * certificate, an encrypted SHA-256 HMAC of the body, a detached RS256 JWS by the partner's key in the
 * {@code signature} header) and verifies the {@code response-signature} of every answer.
 */
@NullMarked
package org.openfid.relyingparty;

import org.jspecify.annotations.NullMarked;
