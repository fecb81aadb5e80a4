/**
 * The reference biometric SDK: fingerprint image quality ({@link org.openfid.biosdk.FingerprintQuality},
 * our own model since NFIQ 2 has no Java port), SourceAFIS template extraction and 1:1 matching
 * ({@link org.openfid.biosdk.SourceAfisSdk}). Plain Java with no Spring, so the server, the software
 * devices and the registration station share it; it is registered for {@link java.util.ServiceLoader}
 * so that a vendor SDK on the class path can take its place (see {@code
 * docs/adr/0009-biometric-sdk-and-embedded-abis.md}).
 */
@NullMarked
package org.openfid.biosdk;

import org.jspecify.annotations.NullMarked;
