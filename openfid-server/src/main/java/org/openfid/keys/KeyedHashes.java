package org.openfid.keys;

/**
 * HMAC-SHA256 keyed hashes for lookups and for naming targets without revealing them (audit entries,
 * uniqueness indexes on handles). Unlike a plain hash, the value cannot be found by trying every
 * UIN or phone number without the key, which stays in the vault.
 */
public interface KeyedHashes {

    /** Lower-case hex HMAC-SHA256 of the UTF-8 {@code value} under the purpose's secret key. */
    String hash(KeyRef key, String value);
}
