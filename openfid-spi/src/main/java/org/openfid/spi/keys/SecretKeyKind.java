package org.openfid.spi.keys;

/**
 * Secret key kinds the platform generates inside a vault.
 *
 * @since 0.1
 */
public enum SecretKeyKind {
    /** 256-bit key for HMAC-SHA256 keyed hashes. */
    HMAC_SHA256
}
