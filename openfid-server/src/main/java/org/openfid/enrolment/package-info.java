/**
 * Enrolment: the path from "a person was registered at a centre" to "that person has a UIN". This
 * increment is the intake (MOSIP's sync and packet receiver) and the enrolment case whose status is
 * a query; the pipeline stages fill the case's stage history next.
 *
 * <p>Other modules call {@link org.openfid.enrolment.Enrolments}; events carry ids, never PII.
 *
 * <p>Dependencies:
 *
 * <ul>
 *   <li>{@code platform}: database, error type, audit facts, endpoint access, blob store wiring.
 *   <li>{@code keys}: packets are sealed at rest, the sync's contact fields and supervisor comment
 *       are kept only as keyed hashes or sealed values.
 *   <li>{@code masterdata}: only active machines of active centres may sync packets.
 *   <li>{@code identity}: the registration id ({@code Rid}) type; the pipeline will publish identities
 *       through its drafts.
 * </ul>
 */
@ApplicationModule(
        displayName = "Enrolment",
        allowedDependencies = {"platform", "keys", "masterdata", "identity"})
@NullMarked
package org.openfid.enrolment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
