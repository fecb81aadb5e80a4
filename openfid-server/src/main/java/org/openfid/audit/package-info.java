/**
 * The tamper-evident audit trail. Every module reports what it did as an
 * {@link org.openfid.platform.ActionTaken} fact; this module appends each fact once to a hash chain
 * in its own schema, where the database refuses updates and deletes, signs the chain's head
 * periodically ("seals"), and re-walks the whole chain on demand to prove it is intact or to name the
 * first broken link. Auditors reach it through {@code /admin/audit/**} and {@code ./openfid audit
 * verify}. See {@code docs/adr/0003-audit-hash-chain.md}.
 *
 * <p>Dependencies:
 *
 * <ul>
 *   <li>{@code platform}: the {@code ActionTaken} fact it records, the database and its per-module
 *       migrations, endpoint access rules, roles, errors and the CLI command contract.
 *   <li>{@code keys}: seals are JWS signatures with the {@code AUDIT/CHAIN_SEAL} key, so that someone
 *       who can rewrite the tables but cannot use the key cannot rewrite sealed history unnoticed.
 * </ul>
 *
 * <p>Nothing may depend on this module: modules audit by publishing events, never by calling it, so an
 * audit outage cannot fail their work and the trail can move to its own process.
 */
@ApplicationModule(
        displayName = "Audit trail",
        allowedDependencies = {"platform", "keys"})
@NullMarked
package org.openfid.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
