/**
 * Partners: the organisations that use the platform (authentication and e-KYC partners, credential
 * partners, device providers, MISPs, ...), the policy groups and versioned policies that say what each
 * may do, the API keys that bind a partner to a policy, MISP licence keys, and partner certificates
 * whose chain must reach a CA certificate an administrator uploaded. Administrators and partners manage
 * them over {@code /v1/partnermanager/**} and {@code /v1/policymanager/**} (MOSIP PMS's paths); the
 * authentication module asks {@link org.openfid.partner.Partners#authorise} on every request.
 * <p>API and licence keys are shown once and kept only as keyed hashes. Changes are audited and
 * published as {@link org.openfid.partner.PartnerChanged}, which carries ids only.
 * <p>Dependencies:
 * <ul>
 *   <li>{@code platform}: database and migrations, error type, audit, endpoint access, roles.
 *   <li>{@code keys}: partner certificates are validated against the uploaded CAs and re-signed by the
 *       trust store; API and licence keys are looked up by keyed hash.
 * </ul>
 */
@ApplicationModule(
        displayName = "Partners",
        allowedDependencies = {"platform", "keys"})
@NullMarked
package org.openfid.partner;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
