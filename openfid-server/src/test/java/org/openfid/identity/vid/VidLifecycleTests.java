package org.openfid.identity.vid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.openfid.identity.IdType;
import org.openfid.identity.IdentityContext;
import org.openfid.identity.IdentityError;
import org.openfid.identity.IdentityException;
import org.openfid.identity.IdentityRecord;
import org.openfid.identity.IndividualId;
import org.openfid.identity.ReadScope;
import org.openfid.identity.Uin;
import org.openfid.identity.UinStatus;
import org.openfid.identity.Vid;
import org.openfid.identity.VidCreated;
import org.openfid.identity.VidDetails;
import org.openfid.identity.VidRevoked;
import org.openfid.identity.VidStatus;
import org.openfid.identity.Vids;
import org.openfid.identity.Vids.CreatedVid;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The VID lifecycle under MOSIP's default policies, against real identities and the real database. */
@RecordApplicationEvents
class VidLifecycleTests extends IdentityContext {

    @Autowired
    Vids vids;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    Uin someone() {
        return create(person()).uin();
    }

    static void fails(ThrowingCallable call, IdentityError error) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        IdentityException.class, e -> assertThat(e.error()).isEqualTo(error));
    }

    VidStatus status(CreatedVid vid) {
        return VidStatus.valueOf(jdbc.sql("SELECT status FROM identity.vid WHERE id = :id")
                .param("id", vid.details().id())
                .query(String.class)
                .single());
    }

    @Test
    void aPerpetualVidResolvesToItsIdentityAndASecondOneReplacesIt() {
        Uin uin = someone();
        CreatedVid first = vids.create(uin, "Perpetual");

        Vids.Resolved resolved = vids.resolve(first.vid());
        assertThat(resolved.uin()).isEqualTo(uin);
        assertThat(first.details().expiresAt()).isNull();
        assertThat(first.details().transactionsLeft()).isNull();

        CreatedVid second = vids.create(uin, "Perpetual");

        assertThat(status(first)).isEqualTo(VidStatus.REVOKED);
        assertThat(vids.resolve(second.vid()).identity()).isEqualTo(resolved.identity());
        fails(() -> vids.resolve(first.vid()), IdentityError.INVALID_VID);
        assertThat(events.stream(VidCreated.class))
                .anyMatch(e -> e.vid().equals(second.details().id()));
        assertThat(events.stream(VidRevoked.class))
                .anyMatch(e -> e.vid().equals(first.details().id()) && e.status() == VidStatus.REVOKED);
    }

    @Test
    void anIdentityIsReadByItsActiveVidAndNotByARevokedOne() {
        Uin uin = someone();
        CreatedVid vid = vids.create(uin, "Perpetual");
        IndividualId byVid = new IndividualId(IdType.VID, vid.vid().value());

        IdentityRecord record = identities.read(byVid, ReadScope.DEMO);

        assertThat(record.uin()).isEqualTo(uin);
        vids.changeStatus(vid.vid(), VidStatus.REVOKED);
        fails(() -> identities.read(byVid, ReadScope.DEMO), IdentityError.INVALID_VID);
    }

    @Test
    void revokingAPerpetualVidRestoresANewOne() {
        Uin uin = someone();
        CreatedVid vid = vids.create(uin, "Perpetual");

        Vids.StatusChange change = vids.changeStatus(vid.vid(), VidStatus.REVOKED);

        assertThat(change.details().status()).isEqualTo(VidStatus.REVOKED);
        assertThat(change.restored()).isNotNull();
        assertThat(vids.resolve(change.restored().vid()).uin()).isEqualTo(uin);
        fails(() -> vids.changeStatus(vid.vid(), VidStatus.INVALIDATED), IdentityError.INVALID_VID);
        fails(() -> vids.changeStatus(change.restored().vid(), VidStatus.ACTIVE), IdentityError.INVALID_INPUT);
    }

    @Test
    void temporaryVidsStopAtTheirInstancesAllowedAndChangeNothing() {
        Uin uin = someone();
        for (int i = 0; i < 5; i++) {
            vids.create(uin, "Temporary");
        }
        fails(() -> vids.create(uin, "Temporary"), IdentityError.VID_POLICY_FAILED);
        assertThat(vids.list(uin))
                .hasSize(5)
                .allSatisfy(v -> assertThat(v.status()).isEqualTo(VidStatus.ACTIVE));
    }

    @Test
    void concurrentCreatesNeverExceedTheInstancesAllowed() throws Exception {
        Uin uin = someone();
        ExecutorService executor = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                results.add(executor.submit(() -> {
                    start.await();
                    try {
                        vids.create(uin, "OneTimeUse");
                        return true;
                    } catch (IdentityException e) {
                        return false;
                    }
                }));
            }
            start.countDown();
            int created = 0;
            for (Future<Boolean> result : results) {
                created += result.get() ? 1 : 0;
            }
            assertThat(created).isEqualTo(5);
        } finally {
            executor.shutdown();
        }
        assertThat(vids.list(uin)).hasSize(5);
    }

    @Test
    void aOneTimeVidIsUsedUpByItsTransactionsAndCanBeRegenerated() {
        CreatedVid vid = vids.create(someone(), "OneTimeUse");
        assertThat(vids.recordTransaction(vid.vid()).transactionsLeft()).isEqualTo(1);
        VidDetails last = vids.recordTransaction(vid.vid());

        assertThat(last.status()).isEqualTo(VidStatus.USED);
        fails(() -> vids.resolve(vid.vid()), IdentityError.INVALID_VID);
        fails(() -> vids.recordTransaction(vid.vid()), IdentityError.INVALID_VID);

        CreatedVid fresh = vids.regenerate(vid.vid());
        assertThat(fresh.details().status()).isEqualTo(VidStatus.ACTIVE);
        assertThat(fresh.details().transactionsLeft()).isEqualTo(2);
        assertThat(status(vid)).isEqualTo(VidStatus.USED);
    }

    @Test
    void anExpiredVidIsMarkedExpiredAndRefused() {
        Uin uin = someone();
        CreatedVid vid = vids.create(uin, "Temporary");
        assertThat(vid.details().expiresAt()).isAfter(vid.details().generatedAt());
        jdbc.sql("UPDATE identity.vid SET expires_at = now() - interval '1 minute' WHERE id = :id")
                .param("id", vid.details().id())
                .update();

        assertThatThrownBy(() -> vids.resolve(vid.vid()))
                .isInstanceOf(IdentityException.class)
                .hasMessage("VID is EXPIRED");
        assertThat(status(vid)).isEqualTo(VidStatus.EXPIRED);
        assertThat(vids.regenerate(vid.vid()).details().status()).isEqualTo(VidStatus.ACTIVE);
    }

    @Test
    void regenerationIsRefusedFromDeactivatedAndInvalidatedVids() {
        Uin uin = someone();
        CreatedVid invalidated = vids.create(uin, "Temporary");
        vids.changeStatus(invalidated.vid(), VidStatus.INVALIDATED);
        fails(() -> vids.regenerate(invalidated.vid()), IdentityError.VID_POLICY_FAILED);

        CreatedVid deactivated = vids.create(uin, "Temporary");
        vids.deactivateAll(uin);
        fails(() -> vids.regenerate(deactivated.vid()), IdentityError.VID_POLICY_FAILED);
        assertThat(status(deactivated)).isEqualTo(VidStatus.DEACTIVATED);
    }

    @Test
    void vidsFollowTheirUinsStatusAndCanBeDeactivatedAndReactivatedTogether() {
        Uin uin = someone();
        CreatedVid perpetual = vids.create(uin, "Perpetual");
        CreatedVid temporary = vids.create(uin, "Temporary");

        identities.changeStatus(IndividualId.of(uin), UinStatus.DEACTIVATED, "deceased");
        assertThat(status(perpetual)).isEqualTo(VidStatus.DEACTIVATED);
        assertThat(status(temporary)).isEqualTo(VidStatus.DEACTIVATED);
        fails(() -> vids.create(uin, "Temporary"), IdentityError.INVALID_UIN);

        identities.changeStatus(IndividualId.of(uin), UinStatus.ACTIVATED, "error corrected");
        assertThat(status(perpetual)).isEqualTo(VidStatus.ACTIVE);

        assertThat(vids.deactivateAll(uin)).isEqualTo(2);
        assertThat(vids.reactivateAll(uin)).isEqualTo(2);
        assertThat(vids.resolve(temporary.vid()).uin()).isEqualTo(uin);
    }

    @Test
    void badInputGetsPreciseErrors() {
        Uin uin = someone();
        fails(() -> vids.resolve(new Vid("123")), IdentityError.INVALID_VID);
        fails(() -> vids.create(uin, "Forever"), IdentityError.INVALID_INPUT);
        fails(() -> vids.create(new Uin("123"), "Perpetual"), IdentityError.INVALID_UIN);
        CreatedVid vid = vids.create(uin, "Temporary");
        String digits = vid.vid().value();
        String otherWellFormed = digits.substring(0, 15) + nextCheckDigitVariant(digits);
        if (!otherWellFormed.equals(digits)) {
            assertThatThrownBy(() -> vids.resolve(new Vid(otherWellFormed))).isInstanceOf(IdentityException.class);
        }
    }

    private static char nextCheckDigitVariant(String digits) {
        return (char) ('0' + (digits.charAt(15) - '0' + 1) % 10);
    }

    @Test
    void theBackgroundRefillFillsBothPoolsAfterStart() throws InterruptedException {
        // default settings here: the scheduled refill adds chunks of 2,000 until 20,000 are waiting
        int uins = 0;
        int vidsPooled = 0;
        for (int wait = 0; wait < 600 && (uins < 2000 || vidsPooled < 2000); wait++) {
            Thread.sleep(100);
            uins = pooled("UIN");
            vidsPooled = pooled("VID");
        }
        assertThat(uins).isGreaterThanOrEqualTo(2000);
        assertThat(vidsPooled).isGreaterThanOrEqualTo(2000);
    }

    int pooled(String kind) {
        return jdbc.sql("SELECT count(*) FROM identity.number_pool WHERE kind = :kind")
                .param("kind", kind)
                .query(Integer.class)
                .single();
    }

    @Test
    void vidDigitsAreNeverStoredAndListingsAreMasked() {
        Uin uin = someone();
        CreatedVid vid = vids.create(uin, "Perpetual");
        String digits = vid.vid().value();

        List<String> rows = jdbc.sql("SELECT t::text FROM identity.vid t")
                .query(String.class)
                .list();
        assertThat(rows).noneMatch(row -> row.contains(digits) || row.contains(uin.value()));
        assertThat(vids.list(uin)).singleElement().satisfies(v -> {
            assertThat(v.masked()).endsWith(digits.substring(12)).doesNotContain(digits.substring(0, 12));
        });
        assertThat(recorded.facts.stream().map(Object::toString)).noneMatch(text -> text.contains(digits));
    }
}
