/**
 * Authentication and e-KYC for relying parties, wire-compatible with MOSIP's ID Authentication (IDA):
 * the partner endpoints at MOSIP's paths with MOSIP's request protection (partner signature, session
 * key wrapped to the IDA key, request HMAC, time window, replay guard), demographic and OTP
 * authentication, e-KYC filtered by the partner's policy and encrypted to the partner, partner-specific
 * tokens instead of UINs, and the person's authentication history.
 * <p>Dependencies:
 * <ul>
 *   <li>{@code platform}: database and migrations, audit, endpoint access, roles.
 *   <li>{@code keys}: unwrapping request session keys with the IDA key, verifying partner signatures,
 *       signing responses, encrypting e-KYC to the partner, keyed hashes for tokens, OTPs and history.
 *   <li>{@code identity}: the person behind a UIN or VID, its status, VID limits and auth-type locks.
 *   <li>{@code partner}: which partner calls, under which policy, with which certificate.
 *   <li>{@code notification}: OTP delivery by SMS and e-mail, which must never block a request.
 * </ul>
 */
@ApplicationModule(
        displayName = "Authentication",
        allowedDependencies = {"platform", "keys", "identity", "partner", "notification"})
@NullMarked
package org.openfid.authentication;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
