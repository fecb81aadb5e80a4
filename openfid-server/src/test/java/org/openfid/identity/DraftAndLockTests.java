package org.openfid.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openfid.identity.IdentityBadInputTests.assertError;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openfid.identity.AuthTypeLocks.AuthTypeStatus;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.ObjectNode;

/** Drafts built step by step and published atomically; auth-type locks with and without an end. */
class DraftAndLockTests extends IdentityContext {

    @Autowired
    IdentityDrafts drafts;

    @Autowired
    AuthTypeLocks locks;

    @Test
    void aNewDraftIsBuiltInStepsAndPublishedAsAnIdentity() {
        Rid rid = rid();
        drafts.create(rid, null);
        ObjectNode person = person();
        ObjectNode firstHalf = person.deepCopy();
        firstHalf.remove(List.of("phone", "email", "selectedHandles"));
        drafts.update(rid, firstHalf, documents("draft").subList(0, 1));
        ObjectNode secondHalf = JSON.createObjectNode();
        secondHalf.set("phone", person.get("phone"));
        secondHalf.set("email", person.get("email"));
        secondHalf.set("selectedHandles", person.get("selectedHandles"));
        drafts.update(rid, secondHalf, documents("draft").subList(1, 2));

        assertThat(drafts.exists(rid)).isTrue();
        assertThat(drafts.get(rid).identity().get("phone")).isEqualTo(person.get("phone"));

        Identities.IdentityRef published = drafts.publish(rid);

        assertThat(drafts.exists(rid)).isFalse();
        IdentityRecord record = identities.read(IndividualId.of(published.uin()), ReadScope.ALL);
        assertThat(record.rid()).isEqualTo(rid);
        assertThat(record.documents()).containsExactlyInAnyOrderElementsOf(documents("draft"));
        assertError(() -> drafts.publish(rid), IdentityError.DRAFT_NOT_FOUND);
    }

    @Test
    void anUpdateDraftStartsFromTheCurrentIdentityAndPublishesANewVersion() {
        Identities.IdentityRef created = create(person());
        Rid rid = rid();
        IdentityDrafts.Draft draft = drafts.create(rid, created.uin());
        assertThat(draft.identity().get("UIN").asString())
                .isEqualTo(created.uin().value());
        assertThat(draft.base()).isNotNull();

        ObjectNode change = JSON.createObjectNode().put("postalCode", "99999");
        drafts.update(
                rid, change, List.of(new IdentityDocument("proofOfIdentity", "new".getBytes(StandardCharsets.UTF_8))));
        Identities.IdentityRef published = drafts.publish(rid);

        assertThat(published.version()).isEqualTo(2);
        IdentityRecord record = identities.read(IndividualId.of(created.uin()), ReadScope.ALL);
        assertThat(record.identity().get("postalCode").asString()).isEqualTo("99999");
        assertThat(record.documents()).hasSize(2);
        assertThat(identities.updateCounts(IndividualId.of(created.uin())))
                .containsEntry("postalCode", new Identities.UpdateCount(1, null))
                .containsEntry("fullName", new Identities.UpdateCount(0, 3));
    }

    @Test
    void aDiscardedDraftIsGoneAndADraftRidCannotBeReused() {
        Rid rid = rid();
        drafts.create(rid, null);
        assertError(() -> drafts.create(rid, null), IdentityError.RECORD_EXISTS);

        drafts.discard(rid);

        assertThat(drafts.exists(rid)).isFalse();
        assertError(() -> drafts.get(rid), IdentityError.DRAFT_NOT_FOUND);
        assertError(() -> drafts.update(rid, JSON.createObjectNode(), List.of()), IdentityError.DRAFT_NOT_FOUND);
    }

    @Test
    void aDraftWithSchemaViolationsIsNotPublishedAndStays() {
        Rid rid = rid();
        drafts.create(rid, null);
        drafts.update(rid, JSON.createObjectNode().put("postalCode", "12345"), List.of());

        assertError(() -> drafts.publish(rid), IdentityError.DATA_VALIDATION_FAILED);
        assertThat(drafts.exists(rid)).isTrue();
    }

    @Test
    void authTypesLockAndUnlockWithOptionalEnds() {
        Identities.IdentityRef created = create(person());
        IndividualId id = IndividualId.of(created.uin());
        assertThat(locks.statuses(id)).allSatisfy(s -> assertThat(s.locked()).isFalse());

        Instant past = Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        Instant future = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        locks.change(
                id,
                List.of(
                        new AuthTypeStatus("bio-FINGER", true, null),
                        new AuthTypeStatus("otp", true, future),
                        new AuthTypeStatus("demo", true, past)));

        assertThat(locks.statuses(id))
                .contains(
                        new AuthTypeStatus("bio-FINGER", true, null),
                        new AuthTypeStatus("otp", true, future),
                        new AuthTypeStatus("demo", false, null),
                        new AuthTypeStatus("bio-IRIS", false, null));

        // authentication reads the same statuses with the record, in one query
        AuthenticationSubject subject =
                identities.readForAuthentication(created.uin()).orElseThrow();
        assertThat(subject.lockStatuses()).isEqualTo(locks.statuses(id)).hasSize(AuthTypeLocks.AUTH_TYPES.size());
        assertThat(subject.record().uin()).isEqualTo(created.uin());
        assertThat(subject.record().documents()).isEmpty();

        locks.change(id, List.of(new AuthTypeStatus("bio-FINGER", false, null)));
        assertThat(locks.statuses(id)).contains(new AuthTypeStatus("bio-FINGER", false, null));
        assertThat(recorded.facts).anySatisfy(f -> assertThat(f.action()).isEqualTo("AUTH_TYPE_LOCKED"));

        assertError(
                () -> locks.change(id, List.of(new AuthTypeStatus("bio-PALM", true, null))),
                IdentityError.INVALID_INPUT);
    }
}
