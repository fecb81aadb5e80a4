package org.openfid.enrolment.demographic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.openfid.identity.Rid;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The stage's entry point against the real store (embedded PostgreSQL) and the vault's HMAC key. */
@SpringBootTest(
        properties = {
            "openfid.data-dir=target/test-data/demographic-${random.uuid}",
            "openfid.admin.password=demographic-test-admin",
            "openfid.masterdata.load-country-on-start=false"
        })
class DemographicDeduplicationTests {

    private static final AtomicLong RIDS =
            new AtomicLong(ThreadLocalRandom.current().nextLong(1_000_000_000L));

    @Autowired
    DemographicDeduplication deduplication;

    @Autowired
    JdbcClient jdbc;

    @Test
    void findsEarlierEnrolmentsSharingAKeyIdempotently() {
        Rid first = rid();
        Rid variant = rid();
        Rid other = rid();
        String uniqueFamily = "Haddad" + letters(RIDS.get());
        assertThat(deduplication.screen(first, person("Mohammed Ali " + uniqueFamily, "1984/05/09")))
                .isEmpty();
        assertThat(deduplication.screen(other, person("Omar Ali " + uniqueFamily, "1984/05/09")))
                .isEmpty();
        assertThat(deduplication.screen(variant, person("Muhammad " + uniqueFamily, "1984/09/05")))
                .containsExactly(first);
        int stored = count(variant);
        assertThat(deduplication.screen(variant, person("Muhammad " + uniqueFamily, "1984/09/05")))
                .as("run again after a crash")
                .containsExactly(first);
        assertThat(count(variant)).isEqualTo(stored).isPositive();
    }

    @Test
    void storesOnlyKeyedHashes() {
        Rid rid = rid();
        deduplication.screen(rid, person("Mohammed Ali Haddad", "1984/05/09"));
        List<String> hashes = jdbc.sql("SELECT key_hash FROM enrolment.demographic_key WHERE rid = ?")
                .params(rid.value())
                .query(String.class)
                .list();
        assertThat(hashes).isNotEmpty().allMatch(hash -> hash.matches("[0-9a-f]{64}"));
        assertThat(hashes)
                .doesNotContainAnyElementsOf(BlockingKeys.of(person("Mohammed Ali Haddad", "1984/05/09"))
                        .stored());
    }

    @Test
    void forgottenEnrolmentsAreNoLongerCandidatesAndNoDateMeansNoKeys() {
        Rid forgotten = rid();
        String family = "Khoury" + letters(RIDS.get());
        deduplication.screen(forgotten, person("Layla " + family, "2001/12/30"));
        assertThat(deduplication.forget(forgotten)).isPositive();
        assertThat(deduplication.screen(rid(), person("Leila " + family, "2001/12/30")))
                .isEmpty();
        Rid undated = rid();
        assertThat(deduplication.screen(
                        undated, new DeclaredDemographics(Map.of("eng", "Layla " + family), null, "FLE")))
                .isEmpty();
        assertThat(count(undated)).isZero();
    }

    private int count(Rid rid) {
        return jdbc.sql("SELECT count(*) FROM enrolment.demographic_key WHERE rid = ?")
                .params(rid.value())
                .query(Integer.class)
                .single();
    }

    private static DeclaredDemographics person(String englishName, String birth) {
        return new DeclaredDemographics(Map.of("eng", englishName), BirthDate.parse(birth), "MLE");
    }

    private static Rid rid() {
        return new Rid("10001100010001" + String.format("%015d", RIDS.incrementAndGet()));
    }

    /** A surname suffix unique to this run, in letters Double Metaphone keeps apart. */
    private static String letters(long value) {
        var out = new StringBuilder();
        for (long v = value; v > 0; v /= 10) {
            out.append("bdfgklmnpr".charAt((int) (v % 10)));
        }
        return out.toString();
    }
}
