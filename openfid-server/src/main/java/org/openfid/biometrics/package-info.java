/**
 * Biometrics: the biometric SDK the platform uses (quality check, template extraction, 1:1 match;
 * SourceAFIS by default, replaceable through {@link java.util.ServiceLoader}) and the embedded ABIS
 * (1:N de-duplication) with its gallery persisted in PostgreSQL (schema {@code biometrics}, templates
 * sealed) and held in memory for search. Other modules call the SPI types {@link
 * org.openfid.spi.biometrics.BiometricSdk} and {@link org.openfid.spi.abis.Abis}, which this module
 * provides as beans; external callers use MOSIP-shaped ABIS and BioSDK endpoints under {@code
 * /v1/abis} and {@code /v1/biosdk}. See {@code docs/adr/0009-biometric-sdk-and-embedded-abis.md}.
 *
 * <p>Dependencies:
 *
 * <ul>
 *   <li>{@code platform}: the database and its per-module migrations, the audit recorder through
 *       which every ABIS operation is audited (by reference id only), the endpoint access contract
 *       and role names, the MOSIP envelope.
 *   <li>{@code keys}: templates are biometric data, so every stored template is sealed with a
 *       key-encryption key from the vault ({@link org.openfid.keys.DataSeals}); nothing else.
 * </ul>
 *
 * <p>It depends on no domain module: the ABIS knows reference ids, never who they belong to, so the
 * enrolment pipeline can call it without the biometrics module learning identities.
 */
@ApplicationModule(
        displayName = "Biometrics",
        allowedDependencies = {"platform", "keys"})
@NullMarked
package org.openfid.biometrics;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
