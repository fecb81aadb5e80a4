package org.openfid.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** Create, read by every identifier and scope, partial update with history, status lifecycle. */
class IdentityRecordTests extends IdentityContext {

    @Test
    void createsWithAnIssuedUinAndReadsItBackByUinRidAndHandle() {
        ObjectNode person = person();
        Rid rid = rid();
        Identities.IdentityRef created = identities.create(new NewIdentity(rid, null, person, documents("jane")));

        assertThat(created.status()).isEqualTo(UinStatus.ACTIVATED);
        assertThat(created.version()).isEqualTo(1);
        assertThat(identities.find(created.uin())).contains(created);
        assertThat(identities.find(created.id())).contains(created);

        IdentityRecord byUin = identities.read(IndividualId.of(created.uin()), ReadScope.ALL);
        assertThat(byUin.identity().get("UIN").asString())
                .isEqualTo(created.uin().value());
        assertThat(byUin.identity().get("fullName")).isEqualTo(person.get("fullName"));
        assertThat(byUin.rid()).isEqualTo(rid);
        assertThat(byUin.documents()).containsExactlyInAnyOrderElementsOf(documents("jane"));

        assertThat(identities
                        .read(new IndividualId(IdType.RID, rid.value()), ReadScope.DEMO)
                        .id())
                .isEqualTo(created.id());
        String phone = person.get("phone").asString();
        assertThat(identities
                        .read(new IndividualId(IdType.HANDLE, phone + "@phone"), ReadScope.DEMO)
                        .id())
                .isEqualTo(created.id());
        String email = person.get("email").asString().toUpperCase(java.util.Locale.ROOT);
        assertThat(identities
                        .read(new IndividualId(IdType.HANDLE, email + "@email"), ReadScope.DEMO)
                        .id())
                .isEqualTo(created.id());

        assertThat(recorded.events).contains(new IdentityCreated(created.id(), 1, rid));
        assertThat(recorded.facts).anySatisfy(fact -> {
            assertThat(fact.action()).isEqualTo("IDENTITY_CREATED");
            assertThat(fact.targetHash()).isNotEqualTo(created.uin().value()).hasSize(64);
        });
    }

    @Test
    void scopesSeparateDocumentsFromBiometrics() {
        Identities.IdentityRef created = create(person());
        IndividualId id = IndividualId.of(created.uin());

        assertThat(identities.read(id, ReadScope.DEMO).documents())
                .extracting(IdentityDocument::category)
                .containsExactly("proofOfIdentity");
        assertThat(identities.read(id, ReadScope.BIO).documents())
                .extracting(IdentityDocument::category)
                .containsExactly("individualBiometrics");
        assertThat(identities.read(id, ReadScope.ALL).documents()).hasSize(2);
    }

    @Test
    void aPartialUpdateChangesOnlyTheGivenFieldsAndKeepsEveryVersion() {
        ObjectNode person = person();
        Identities.IdentityRef created = create(person);
        ObjectNode change = JSON.createObjectNode();
        change.set("fullName", text("Jane Smith", "جين سميث"));
        byte[] newProof = "%PDF new passport".getBytes(StandardCharsets.UTF_8);
        Rid updateRid = rid();

        Identities.IdentityRef updated = identities.update(new IdentityChange(
                updateRid, created.uin(), change, List.of(new IdentityDocument("proofOfIdentity", newProof)), 1));

        assertThat(updated.version()).isEqualTo(2);
        IdentityRecord current = identities.read(IndividualId.of(created.uin()), ReadScope.ALL);
        assertThat(current.identity().get("fullName").get(0).get("value").asString())
                .isEqualTo("Jane Smith");
        assertThat(current.identity().get("dateOfBirth")).isEqualTo(person.get("dateOfBirth"));
        assertThat(current.identity().get("UIN").asString())
                .isEqualTo(created.uin().value());
        assertThat(current.documents())
                .contains(new IdentityDocument("proofOfIdentity", newProof))
                .extracting(IdentityDocument::category)
                .contains("individualBiometrics");

        List<IdentityRecord> history = identities.history(created.id());
        assertThat(history).extracting(IdentityRecord::version).containsExactly(1, 2);
        assertThat(history.getFirst().identity().get("fullName")).isEqualTo(person.get("fullName"));
        assertThat(history.getFirst().documents()).containsExactlyInAnyOrderElementsOf(documents("someone"));
        assertThat(recorded.events).contains(new IdentityUpdated(created.id(), 2, updateRid));

        assertThat(identities.updateCounts(IndividualId.of(created.uin())))
                .containsEntry("fullName", new Identities.UpdateCount(1, 3))
                .containsEntry("dateOfBirth", new Identities.UpdateCount(0, 1))
                .containsEntry("proofOfIdentity", new Identities.UpdateCount(1, null));
    }

    @Test
    void aChangedHandleMovesItsLookup() {
        ObjectNode person = person();
        Identities.IdentityRef created = create(person);
        ObjectNode change = JSON.createObjectNode().put("phone", "+254700000" + (System.nanoTime() % 100000));

        identities.update(new IdentityChange(rid(), created.uin(), change, List.of(), null));

        String newPhone = change.get("phone").asString();
        assertThat(identities
                        .read(new IndividualId(IdType.HANDLE, newPhone + "@phone"), ReadScope.DEMO)
                        .id())
                .isEqualTo(created.id());
        String oldPhone = person.get("phone").asString();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> identities.read(new IndividualId(IdType.HANDLE, oldPhone + "@phone"), ReadScope.DEMO))
                .isInstanceOfSatisfying(
                        IdentityException.class, e -> assertThat(e.error()).isEqualTo(IdentityError.NO_RECORD_FOUND));
    }

    @Test
    void theStatusLifecycleIsAuditedAndPublished() {
        Identities.IdentityRef created = create(person());
        IndividualId id = IndividualId.of(created.uin());

        Identities.IdentityRef blocked = identities.changeStatus(id, UinStatus.BLOCKED, "suspected fraud");
        assertThat(blocked.status()).isEqualTo(UinStatus.BLOCKED);
        assertThat(identities.find(created.uin()).orElseThrow().status()).isEqualTo(UinStatus.BLOCKED);
        identities.changeStatus(id, UinStatus.ACTIVATED, "cleared");
        identities.changeStatus(id, UinStatus.DEACTIVATED, "deceased");

        assertThat(recorded.events)
                .filteredOn(e ->
                        e instanceof IdentityStatusChanged s && s.identity().equals(created.id()))
                .extracting(e -> ((IdentityStatusChanged) e).to())
                .containsExactly(UinStatus.BLOCKED, UinStatus.ACTIVATED, UinStatus.DEACTIVATED);
        assertThat(recorded.facts)
                .filteredOn(f -> f.action().equals("STATUS_CHANGED"))
                .allSatisfy(f -> assertThat(f.detail()).doesNotContain("fraud", "deceased"));
    }
}
