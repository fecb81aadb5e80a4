/**
 * Biometric SDK contract, modelled on MOSIP's BioSDK operation set (quality check, template
 * extraction, 1:1 match): the server's quality and matching steps, the station and the software
 * devices all call a {@link org.openfid.spi.biometrics.BiometricSdk}, so a vendor SDK can replace the
 * SourceAFIS reference implementation without touching them.
 *
 * <p>Samples are standard records (ISO/IEC 19794-4 finger images, 19794-5 faces, 19794-6 irises), the
 * same bytes a CBEFF BDB carries, so what a device captured reaches the SDK unchanged.
 *
 * @since 0.4
 */
@NullMarked
package org.openfid.spi.biometrics;

import org.jspecify.annotations.NullMarked;
