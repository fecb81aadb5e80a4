/**
 * Enrolment: the path from "a person was registered at a centre" to "that person has a UIN": the
 * intake (MOSIP's sync and packet receiver), the enrolment case whose status is a query, the
 * pipeline that runs each case through the stages of its flow (sub-packages {@code pipeline} and
 * {@code stages}, ADR 0018), demographic de-duplication and manual adjudication. The biometric
 * stages use the ABIS and SDK through their SPI types ({@code openfid-spi}), not the biometrics
 * module, so the ABIS never learns who a record belongs to.
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
 *   <li>{@code identity}: the registration id ({@code Rid}) and UIN types; the pipeline builds and
 *       publishes identities through its drafts, authenticates updates against existing
 *       identities, and changes UIN status.
 * </ul>
 */
@ApplicationModule(
        displayName = "Enrolment",
        allowedDependencies = {"platform", "keys", "masterdata", "identity"})
@NullMarked
package org.openfid.enrolment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
