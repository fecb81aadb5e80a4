/**
 * Biometric authentication: opening the SBI captures of a request (device and FTM signatures checked
 * against the registered device providers, the biometric decrypted with the IDA biometric key, the
 * hash chain, transaction id, domain and capture times checked) and 1:1 matching of each finger
 * against the person's enrolled fingers through the platform's biometric SDK: the captured fingers'
 * templates extracted before the request's transaction, the enrolled ones cached in memory per record
 * version (ADR 0028).
 */
@NullMarked
package org.openfid.authentication.bio;

import org.jspecify.annotations.NullMarked;
