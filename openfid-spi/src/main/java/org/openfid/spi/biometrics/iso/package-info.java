/**
 * ISO/IEC 19794 biometric data interchange records: finger images (19794-4:2011, what devices capture
 * and CBEFF BDBs carry) and finger minutiae (19794-2, the interoperable template format). Readers are
 * strict and bounded: a malformed or oversized record is refused with a precise {@link
 * org.openfid.spi.biometrics.BiometricFormatException}, never half-read.
 *
 * @since 0.4
 */
@NullMarked
package org.openfid.spi.biometrics.iso;

import org.jspecify.annotations.NullMarked;
