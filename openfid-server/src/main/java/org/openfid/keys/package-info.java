/**
 * All cryptography and key custody of the platform. Keys live in a vault (a PKCS#12 file by default,
 * any PKCS#11 HSM in production); this module decides which key serves which purpose, rotates them,
 * certifies them under the vault's root key, and offers signing (JWS), envelope encryption in
 * MOSIP's byte layouts, keyed hashes for lookups, partner certificate trust and the JWKS document.
 *
 * <p>Other modules call the interfaces in this package; nothing outside it touches a key. Vaults plug
 * in through {@code org.openfid.spi.keys} (see {@code docs/adr/0004-keys-vault-and-oaep-in-hsm.md}).
 *
 * <p>Dependencies:
 *
 * <ul>
 *   <li>{@code platform}: the data folder (where the PKCS#12 vault lives), the error type its
 *       failures extend, the {@code ActionTaken} facts through which key lifecycle and REST calls are
 *       audited, and the endpoint access contract. Nothing else: every other module depends on this
 *       one, so it must stay at the bottom.
 * </ul>
 */
@ApplicationModule(
        displayName = "Keys",
        allowedDependencies = {"platform"})
@NullMarked
package org.openfid.keys;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
