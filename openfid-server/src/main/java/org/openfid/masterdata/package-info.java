/**
 * The country's reference data: the identity schema that says what an identity record holds and how
 * it is validated, and the reference lists every other module works from (languages, locations,
 * registration centres, machines, biometric devices, staff, document types, templates, dynamic field
 * lists). A country is data: it is loaded from a folder ({@code ./openfid country load DIR}, or the
 * bundled demo country on first start) and maintained by administrators over REST.
 *
 * <p>Other modules read through {@link org.openfid.masterdata.IdentitySchemas} and
 * {@link org.openfid.masterdata.ReferenceData}; only administrators write.
 *
 * <p>Dependencies:
 *
 * <ul>
 *   <li>{@code platform}: the database, the error type, audit facts, endpoint access rules, CLI
 *       commands.
 *   <li>{@code keys}: machine and device certificates are parsed and checked with the platform's
 *       certificate handling.
 * </ul>
 */
@ApplicationModule(
        displayName = "Master data",
        allowedDependencies = {"platform", "keys"})
@NullMarked
package org.openfid.masterdata;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
