/**
 * Software fingerprint devices speaking MOSIP's Secure Biometric Interface (SBI 0.9.5) over HTTP on
 * 127.0.0.1: a slap scanner (registration capture) and a single-finger scanner (authentication
 * capture) whose captures are impressions of a synthetic person's fingers, wrapped as ISO/IEC
 * 19794-4 records, scored by the real image quality algorithm and signed with keys issued by a
 * development provider CA. They let a registration client or an authentication app capture "real"
 * prints during development and tests, without hardware.
 *
 * <p>API: {@link org.openfid.devices.DeviceServer} (start in-process, close),
 * {@link org.openfid.devices.DeviceSettings}, {@link org.openfid.devices.SbiError} (the codes
 * answered) and {@link org.openfid.devices.DevicesCommand} (the command line). Sub-packages are
 * internal: {@code trust} (keys, certificates, JWS), {@code capture} (device models, synthetic
 * capture, encryption, hash chain) and {@code sbi} (the HTTP protocol).
 */
@NullMarked
package org.openfid.devices;

import org.jspecify.annotations.NullMarked;
