package org.openfid.enrolment.demographic;

import java.util.Set;
import java.util.stream.Collectors;
import org.openfid.keys.KeyRef;
import org.openfid.keys.KeyedHashes;
import org.springframework.stereotype.Component;

/**
 * Turns {@link BlockingKeys} into HMAC-SHA256 keyed hashes under one vault key kept for this purpose
 * alone. A stolen key table then tells nothing: without the vault key nobody can test a guessed
 * name and date of birth against it, and the hashes of two enrolments can only be compared for
 * equality, which is all blocking needs.
 */
@Component
class DemographicKeys {

    /** The HMAC key of demographic de-duplication; never rotated (stored hashes would orphan). */
    static final KeyRef DEDUPE_KEY = KeyRef.of("REGISTRATION", "DEMOGRAPHIC_DEDUPE");

    private final KeyedHashes hashes;

    DemographicKeys(KeyedHashes hashes) {
        this.hashes = hashes;
    }

    /** The hashed keys of {@code demographics}, stored and probes alike. */
    BlockingKeys hashed(DeclaredDemographics demographics) {
        var plain = BlockingKeys.of(demographics);
        return new BlockingKeys(hash(plain.stored()), hash(plain.probes()));
    }

    private Set<String> hash(Set<String> keys) {
        return keys.stream().map(key -> hashes.hash(DEDUPE_KEY, key)).collect(Collectors.toSet());
    }
}
