package org.openfid.audit.seal;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.openfid.audit.ChainDefect;
import org.openfid.audit.ChainSeal;
import org.openfid.keys.KeyInfo;
import org.openfid.keys.KeyRing;
import org.openfid.keys.KeysError;
import org.openfid.keys.KeysException;
import org.openfid.keys.Signatures;
import org.springframework.stereotype.Component;

/**
 * Checks a seal in the order that names the most precise defect: the signature verifies, it was made
 * with a version of the seal key (any other platform key proves nothing about the chain), the stored
 * columns are what was signed, and the signed hash is the entry's hash.
 */
@Component
class SealVerifier implements SealCheck {

    private final Signatures signatures;
    private final KeyRing keyRing;
    private volatile Set<String> sealKeyIds = Set.of();

    SealVerifier(Signatures signatures, KeyRing keyRing) {
        this.signatures = signatures;
        this.keyRing = keyRing;
    }

    @Override
    public Optional<ChainDefect> check(ChainSeal seal, String entryHash) {
        byte[] signed;
        try {
            signed = signatures.verify(seal.jws());
        } catch (KeysException e) {
            if (e.error() == KeysError.VAULT_FAILURE) {
                throw e; // the vault could not answer: that says nothing about the seal
            }
            return Optional.of(ChainDefect.SEAL_SIGNATURE_INVALID);
        }
        if (!isSealKey(ChainSealer.keyId(seal.jws()))) {
            return Optional.of(ChainDefect.SEAL_WRONG_KEY);
        }
        Optional<SealPayload> payload = SealPayload.parse(signed);
        if (payload.isEmpty() || !payload.get().equals(SealPayload.of(seal))) {
            return Optional.of(ChainDefect.SEAL_RECORD_ALTERED);
        }
        if (!payload.get().hash().equals(entryHash)) {
            return Optional.of(ChainDefect.SEALED_HASH_DIFFERS);
        }
        return Optional.empty();
    }

    /** Key ids are cached and reloaded only for an unknown id: versions are added, never removed. */
    private boolean isSealKey(String keyId) {
        if (sealKeyIds.contains(keyId)) {
            return true;
        }
        sealKeyIds = keyRing.versions(ChainSealer.SEAL_KEY).stream()
                .map(KeyInfo::keyId)
                .collect(Collectors.toUnmodifiableSet());
        return sealKeyIds.contains(keyId);
    }
}
