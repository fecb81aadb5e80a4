/**
 * Capturing: the two device models, the synthetic person at the devices, the capture loop with its
 * quality-driven retries, the SBI hash chain and the encryption of authentication captures.
 */
@NullMarked
package org.openfid.devices.capture;

import org.jspecify.annotations.NullMarked;
