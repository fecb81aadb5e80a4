package org.openfid.enrolment.demographic;

import java.util.Set;
import java.util.TreeSet;
import org.openfid.identity.Rid;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hashed blocking keys of every enrolment screened so far, by RID. Inserting is idempotent (a
 * stage run again after a crash adds nothing), and the search is one index lookup per key.
 */
@Repository
class DemographicKeyStore {

    private final JdbcClient jdbc;

    DemographicKeyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores {@code hashes} for {@code rid}; keys it already has are left as they are. */
    @Transactional
    void record(Rid rid, Set<String> hashes) {
        for (String hash : hashes) {
            jdbc.sql("INSERT INTO enrolment.demographic_key (key_hash, rid) VALUES (?, ?) ON CONFLICT DO NOTHING")
                    .params(hash, rid.value())
                    .update();
        }
    }

    /** The RIDs other than {@code rid} that stored at least one of {@code hashes}, in RID order. */
    Set<Rid> sharing(Rid rid, Set<String> hashes) {
        if (hashes.isEmpty()) {
            return Set.of();
        }
        var rids = jdbc.sql("SELECT DISTINCT rid FROM enrolment.demographic_key WHERE key_hash = ANY (?) AND rid <> ?")
                .params(hashes.toArray(String[]::new), rid.value())
                .query(String.class)
                .list();
        var sorted = new TreeSet<Rid>((a, b) -> a.value().compareTo(b.value()));
        rids.forEach(value -> sorted.add(new Rid(value)));
        return sorted;
    }

    /** Removes the keys of {@code rid} (an enrolment rejected for good); returns how many there were. */
    int forget(Rid rid) {
        return jdbc.sql("DELETE FROM enrolment.demographic_key WHERE rid = ?")
                .params(rid.value())
                .update();
    }
}
