/**
 * All cryptography and key custody of the platform. Keys live in a vault (a PKCS#12 file by default,
 * any PKCS#11 HSM in production); this module decides which key serves which purpose, rotates them,
 * certifies them under the vault's root key, and offers signing (JWS), envelope encryption in
 * MOSIP's byte layouts, keyed hashes for lookups, partner certificate trust and the JWKS document.
 *
 * <p>Other modules call the interfaces in this package; nothing outside it touches a key. It depends
 * only on the platform kernel (errors, audit facts, endpoint access rules).
 */
@ApplicationModule(
        displayName = "Keys",
        allowedDependencies = {"platform"})
@NullMarked
package org.openfid.keys;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
