/**
 * Device trust: the development provider CA, the per-device keys and certificates it issues (kept
 * owner-only in a folder), and the JWS signer every SBI payload goes through.
 */
@NullMarked
package org.openfid.devices.trust;

import org.jspecify.annotations.NullMarked;
