package org.openfid.identity.numbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.openfid.identity.IdNumbers;
import org.openfid.identity.IdentityError;
import org.openfid.identity.IdentityException;
import org.openfid.identity.Uin;
import org.openfid.identity.Vid;
import org.openfid.identity.hashing.IdentifierHashes;
import org.openfid.platform.ActionTaken;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Issuance from the pools against the real database: uniqueness, rollback, concurrency, privacy. */
class PoolIssuanceTests extends NumbersContext {

    @Autowired
    IdNumbers numbers;

    @Autowired
    NumberPool pool;

    @Autowired
    PoolRefill refill;

    @Autowired
    IdentifierHashes hashes;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void refillTopsThePoolUpToItsBatchWithValidNumbersOnly() {
        refill.refill(NumberKind.UIN);
        refill.refill(NumberKind.VID);
        assertThat(pool.unused(NumberKind.UIN)).isEqualTo(60);
        assertThat(pool.unused(NumberKind.VID)).isEqualTo(40);
        assertThat(refill.refill(NumberKind.UIN)).isZero();
        List<String> pooled = jdbc.sql("SELECT number FROM identity.number_pool WHERE kind = 'UIN'")
                .query(String.class)
                .list();
        assertThat(pooled).allSatisfy(n -> assertThat(numbers.isValidUin(n)).isTrue());
    }

    @Test
    void anIssuedUinLeavesThePoolAndIsKnownOnlyByItsKeyedHash() {
        refill.refill(NumberKind.UIN);
        int before = pool.unused(NumberKind.UIN);

        Uin uin = transactions.execute(status -> numbers.issueUin());

        assertThat(numbers.isValidUin(uin.value())).isTrue();
        assertThat(pool.unused(NumberKind.UIN)).isEqualTo(before - 1);
        assertThat(pool.status(NumberKind.UIN, hashes.uin(uin))).contains(NumberPool.ASSIGNED);
        assertThat(storedInPlaintext(uin.value())).isFalse();
        assertThat(facts.stream())
                .anyMatch(fact ->
                        fact.action().equals("UIN_ISSUED") && hashes.uin(uin).equals(fact.targetHash()));
        assertThat(facts.stream().map(ActionTaken::toString)).noneMatch(text -> text.contains(uin.value()));
    }

    @Test
    void aRolledBackIssuePutsTheUinBackAndRecordsNothing() {
        refill.refill(NumberKind.UIN);
        int before = pool.unused(NumberKind.UIN);
        List<Uin> taken = new ArrayList<>();

        transactions.executeWithoutResult(status -> {
            taken.add(numbers.issueUin());
            status.setRollbackOnly();
        });

        Uin uin = taken.getFirst();
        assertThat(pool.unused(NumberKind.UIN)).isEqualTo(before);
        assertThat(pool.status(NumberKind.UIN, hashes.uin(uin))).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM identity.number_pool WHERE number = :n")
                        .param("n", uin.value())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void concurrentIssuesNeverShareANumberEvenBeyondThePool() throws Exception {
        refill.refill(NumberKind.UIN);
        int threads = 8;
        int each = 15; // 120 in all: twice the pool, so the direct generation path runs too
        Set<String> issued = ConcurrentHashMap.newKeySet();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(executor.submit(() -> {
                    start.await();
                    for (int i = 0; i < each; i++) {
                        Uin uin = transactions.execute(status -> numbers.issueUin());
                        assertThat(issued.add(uin.value())).as("issued twice").isTrue();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            executor.shutdown();
        }
        assertThat(issued).hasSize(threads * each);
        assertThat(issued)
                .allSatisfy(n -> assertThat(pool.status(NumberKind.UIN, hashes.uin(new Uin(n))))
                        .isPresent());
    }

    @Test
    void aPooledNumberThatWasIssuedMeanwhileIsSkippedNotIssuedAgain() {
        jdbc.sql("DELETE FROM identity.number_pool WHERE kind = 'UIN'").update();
        Uin first = transactions.execute(status -> numbers.issueUin());
        pool.putBack(NumberKind.UIN, first.value()); // as if claimed from outside while pooled

        Uin second = transactions.execute(status -> numbers.issueUin());

        assertThat(second).isNotEqualTo(first);
        assertThat(pool.unused(NumberKind.UIN)).isZero();
    }

    @Test
    void anEmptyPoolStillIssuesByGeneratingDirectly() {
        jdbc.sql("DELETE FROM identity.number_pool").update();
        Uin uin = transactions.execute(status -> numbers.issueUin());
        Vid vid = transactions.execute(status -> numbers.issueVid());
        assertThat(numbers.isValidUin(uin.value())).isTrue();
        assertThat(numbers.isValidVid(vid.value())).isTrue();
        assertThat(pool.status(NumberKind.VID, hashes.vid(vid))).contains(NumberPool.ASSIGNED);
    }

    @Test
    void claimingAnExternalUinRecordsItOnceAndRefusesInvalidOnes() {
        String external = new NumberGenerator(refill.rules(NumberKind.UIN), new java.security.SecureRandom()).next();
        pool.putBack(NumberKind.UIN, external);

        transactions.executeWithoutResult(status -> numbers.claimUin(new Uin(external)));

        assertThat(pool.status(NumberKind.UIN, hashes.uin(new Uin(external)))).contains(NumberPool.ASSIGNED);
        assertThat(storedInPlaintext(external)).isFalse();
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> numbers.claimUin(new Uin(external))))
                .isInstanceOfSatisfying(
                        IdentityException.class, e -> assertThat(e.error()).isEqualTo(IdentityError.RECORD_EXISTS));
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> numbers.claimUin(new Uin("1234567890"))))
                .isInstanceOfSatisfying(IdentityException.class, e -> {
                    assertThat(e.error()).isEqualTo(IdentityError.INVALID_UIN);
                    assertThat(e.getMessage()).doesNotContain("1234567890");
                });
    }

    @Test
    void validatorsNameTheBrokenRule() {
        assertThat(numbers.uinViolation("0384055890")).map(Enum::name).contains("NOT_START_WITH");
        assertThat(numbers.uinViolation("0384055891")).map(Enum::name).contains("CHECKSUM");
        assertThat(numbers.vidViolation("123")).map(Enum::name).contains("LENGTH");
        assertThat(numbers.isValidRid("34532678970000120181122173040")).isTrue();
        assertThat(numbers.ridViolation("34532678970000120181122993040"))
                .map(Enum::name)
                .contains("TIMESTAMP");
    }
}
