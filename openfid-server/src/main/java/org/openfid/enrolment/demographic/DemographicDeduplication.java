package org.openfid.enrolment.demographic;

import java.util.Set;
import org.openfid.identity.Rid;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The entry point of the pipeline's demographic de-duplication stage: finds the earlier enrolments
 * whose declared name (phonetically), date of birth and gender match a new one's, and records the new
 * one's keys so later enrolments find it. Candidates are suspicions for the biometric stage and the
 * adjudicator, never a decision. Only keyed hashes reach the database.
 */
@Service
public class DemographicDeduplication {

    private final DemographicKeys keys;
    private final DemographicKeyStore store;

    DemographicDeduplication(DemographicKeys keys, DemographicKeyStore store) {
        this.keys = keys;
        this.store = store;
    }

    /**
     * The RIDs of earlier enrolments sharing a blocking key with {@code rid}'s demographics, after
     * which {@code rid}'s own keys are stored. Idempotent: running it again for the same RID and
     * demographics gives the same candidates (its own keys never count) and stores nothing new.
     * Demographics without a date of birth or without a name give no keys and no candidates.
     */
    @Transactional
    public Set<Rid> screen(Rid rid, DeclaredDemographics demographics) {
        var hashed = keys.hashed(demographics);
        Set<Rid> candidates = store.sharing(rid, hashed.probes());
        store.record(rid, hashed.stored());
        return candidates;
    }

    /** Forgets {@code rid}'s keys, for an enrolment rejected for good; returns how many were stored. */
    @Transactional
    public int forget(Rid rid) {
        return store.forget(rid);
    }
}
