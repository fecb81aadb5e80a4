package org.openfid.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.openfid.masterdata.SchemaViolation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.node.ObjectNode;

/** Every bad path gets its precise error and leaves the data as it was. */
class IdentityBadInputTests extends IdentityContext {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IdentityDrafts drafts;

    @Test
    void schemaViolationsAreAllListedAndNothingIsStored() {
        ObjectNode person = person();
        person.remove("dateOfBirth");
        person.put("postalCode", "ABC");
        person.put("phone", "not a phone");
        long before = rows();

        assertThatThrownBy(() -> identities.create(new NewIdentity(
                        rid(), null, person, List.of(new IdentityDocument("notAField", new byte[] {1})))))
                .isInstanceOfSatisfying(IdentityValidationException.class, e -> {
                    assertThat(e.error()).isEqualTo(IdentityError.DATA_VALIDATION_FAILED);
                    assertThat(e.violations())
                            .extracting(SchemaViolation::path)
                            .contains(
                                    "identity.dateOfBirth",
                                    "identity.postalCode",
                                    "identity.phone",
                                    "documents[0].category");
                    assertThat(e.getMessage()).doesNotContain("not a phone", "ABC");
                });
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void malformedAndUnknownUinsAreTold() {
        assertError(
                () -> identities.read(new IndividualId(IdType.UIN, "12345"), ReadScope.DEMO),
                IdentityError.INVALID_UIN);
        assertError(
                () -> identities.read(new IndividualId(IdType.UIN, "abc"), ReadScope.DEMO), IdentityError.INVALID_UIN);
        Identities.IdentityRef someone = create(person());
        String unknown = unusedValidUin(someone.uin());
        assertError(
                () -> identities.read(new IndividualId(IdType.UIN, unknown), ReadScope.DEMO),
                IdentityError.NO_RECORD_FOUND);
        assertError(
                () -> identities.create(new NewIdentity(rid(), new Uin("1234"), person(), documents("x"))),
                IdentityError.INVALID_UIN);
        assertError(
                () -> identities.create(new NewIdentity(rid(), someone.uin(), person(), documents("x"))),
                IdentityError.RECORD_EXISTS);
        assertError(
                () -> identities.read(new IndividualId(IdType.HANDLE, "no-field-separator"), ReadScope.DEMO),
                IdentityError.INVALID_INPUT);
    }

    @Test
    void anUpdateBeyondTheFieldsLimitChangesNothing() {
        Identities.IdentityRef created = create(person());
        ObjectNode birth = JSON.createObjectNode().put("dateOfBirth", "1991/05/15");
        identities.update(new IdentityChange(rid(), created.uin(), birth, List.of(), null));

        ObjectNode again = JSON.createObjectNode().put("dateOfBirth", "1992/05/15");
        again.set("fullName", text("Other Name", "اسم آخر"));
        assertError(
                () -> identities.update(new IdentityChange(rid(), created.uin(), again, List.of(), null)),
                IdentityError.UPDATE_COUNT_LIMIT_EXCEEDED);

        IdentityRecord current = identities.read(IndividualId.of(created.uin()), ReadScope.DEMO);
        assertThat(current.version()).isEqualTo(2);
        assertThat(current.identity().get("dateOfBirth").asString()).isEqualTo("1991/05/15");
        assertThat(identities.updateCounts(IndividualId.of(created.uin())))
                .containsEntry("dateOfBirth", new Identities.UpdateCount(1, 1))
                .containsEntry("fullName", new Identities.UpdateCount(0, 3));
    }

    @Test
    void publishingAMissingDraftIsDraftNotFound() {
        Rid rid = rid();
        assertError(() -> drafts.publish(rid), IdentityError.DRAFT_NOT_FOUND);
        assertError(() -> drafts.discard(rid), IdentityError.DRAFT_NOT_FOUND);
        assertThat(drafts.exists(rid)).isFalse();
    }

    @Test
    void ofTwoConcurrentUpdatesOneWinsAndTheOtherIsConcurrentUpdate() throws Exception {
        Identities.IdentityRef created = create(person());
        CyclicBarrier start = new CyclicBarrier(2);
        List<Callable<Identities.IdentityRef>> updates = new ArrayList<>();
        for (String name : List.of("First Writer", "Second Writer")) {
            ObjectNode change = JSON.createObjectNode();
            change.set("fullName", text(name, "كاتب"));
            updates.add(() -> {
                start.await();
                return identities.update(new IdentityChange(rid(), created.uin(), change, List.of(), 1));
            });
        }
        List<Throwable> failures = new ArrayList<>();
        int wins = 0;
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            for (Future<Identities.IdentityRef> result : pool.invokeAll(updates)) {
                try {
                    assertThat(result.get().version()).isEqualTo(2);
                    wins++;
                } catch (java.util.concurrent.ExecutionException e) {
                    failures.add(e.getCause());
                }
            }
        }
        assertThat(wins).isEqualTo(1);
        assertThat(failures)
                .singleElement()
                .isInstanceOfSatisfying(
                        IdentityException.class, e -> assertThat(e.error()).isEqualTo(IdentityError.CONCURRENT_UPDATE));
        assertThat(identities.history(created.id())).hasSize(2);
    }

    @Test
    void aStaleExpectedVersionIsConcurrentUpdate() {
        Identities.IdentityRef created = create(person());
        ObjectNode change = JSON.createObjectNode();
        change.set("fullName", text("Late Writer", "كاتب"));
        identities.update(new IdentityChange(rid(), created.uin(), change, List.of(), 1));

        assertError(
                () -> identities.update(new IdentityChange(rid(), created.uin(), change, List.of(), 1)),
                IdentityError.CONCURRENT_UPDATE);
        assertThat(identities.history(created.id())).hasSize(2);
    }

    @Test
    void aRidMakesOneIdentityOnly() {
        Rid rid = rid();
        identities.create(new NewIdentity(rid, null, person(), documents("a")));
        long before = rows();

        assertError(
                () -> identities.create(new NewIdentity(rid, null, person(), documents("b"))),
                IdentityError.RECORD_EXISTS);
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void aHandleOfSomeoneElseIsHandleRecordExists() {
        ObjectNode first = person();
        identities.create(new NewIdentity(rid(), null, first, documents("a")));
        ObjectNode second = person();
        second.put("phone", first.get("phone").asString());
        long before = rows();

        assertError(
                () -> identities.create(new NewIdentity(rid(), null, second, documents("b"))),
                IdentityError.HANDLE_RECORD_EXISTS);
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void aBlockedIdentityCannotBeUpdatedAndARepeatedStatusIsRefused() {
        Identities.IdentityRef created = create(person());
        IndividualId id = IndividualId.of(created.uin());
        identities.changeStatus(id, UinStatus.BLOCKED, "check");

        assertError(() -> identities.changeStatus(id, UinStatus.BLOCKED, "again"), IdentityError.INVALID_STATUS);
        assertError(
                () -> identities.update(new IdentityChange(
                        rid(), created.uin(), JSON.createObjectNode().put("postalCode", "54321"), List.of(), null)),
                IdentityError.INVALID_STATUS);
        assertError(() -> identities.changeStatus(id, UinStatus.ACTIVATED, " "), IdentityError.MISSING_INPUT);
    }

    private long rows() {
        return jdbc.sql("select (select count(*) from identity.identity_record) + (select count(*) from"
                        + " identity.identity_version) + (select count(*) from identity.identity_handle)"
                        + " + (select count(*) from identity.identity_blob)")
                .query(Long.class)
                .single();
    }

    /** A UIN valid under the rules that nobody holds: a different valid UIN than {@code taken}. */
    private String unusedValidUin(Uin taken) {
        return identities
                .find(taken)
                .map(ref -> {
                    for (long n = 2_000_000_000L; ; n++) {
                        String candidate = Long.toString(n + (taken.value().hashCode() & 0xffff) * 1000L);
                        if (validUin(candidate)
                                && identities.find(new Uin(candidate)).isEmpty()) {
                            return candidate;
                        }
                    }
                })
                .orElseThrow();
    }

    @Autowired
    IdNumbers numbers;

    private boolean validUin(String candidate) {
        return numbers.isValidUin(candidate);
    }

    static void assertError(ThrowingCallable call, IdentityError error) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        IdentityException.class, e -> assertThat(e.error()).isEqualTo(error));
    }
}
