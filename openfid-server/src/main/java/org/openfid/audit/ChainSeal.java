package org.openfid.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * A signed statement that the chain's entry {@code seq} had hash {@code hash} at {@code sealedAt}.
 * Whoever rewrites the sealed part of the chain, even recomputing every hash after the change, cannot
 * make a matching seal without the {@code AUDIT/CHAIN_SEAL} key, which never leaves the key vault.
 *
 * @param seq the sealed entry's position
 * @param hash the sealed entry's hash
 * @param sealedAt when the seal was made
 * @param keyId the {@code kid} of the key version that signed
 * @param jws compact JWS whose payload states {@code seq}, {@code hash} and {@code sealedAt}
 */
public record ChainSeal(long seq, String hash, Instant sealedAt, String keyId, String jws) {

    public ChainSeal {
        Objects.requireNonNull(hash, "hash must not be null");
        Objects.requireNonNull(sealedAt, "sealedAt must not be null");
        Objects.requireNonNull(keyId, "keyId must not be null");
        Objects.requireNonNull(jws, "jws must not be null");
    }
}
