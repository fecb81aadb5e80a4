package org.openfid.identity.draft;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openfid.identity.Identities.IdentityRef;
import org.openfid.identity.IdentityChange;
import org.openfid.identity.IdentityDocument;
import org.openfid.identity.IdentityDrafts;
import org.openfid.identity.IdentityError;
import org.openfid.identity.IdentityException;
import org.openfid.identity.IdentityId;
import org.openfid.identity.IndividualId;
import org.openfid.identity.NewIdentity;
import org.openfid.identity.Rid;
import org.openfid.identity.Uin;
import org.openfid.identity.draft.DraftStore.DraftRow;
import org.openfid.identity.record.IdentityReader;
import org.openfid.identity.record.IdentityUpdater;
import org.openfid.identity.record.IdentityWriter;
import org.openfid.identity.record.RecordSealer;
import org.openfid.identity.record.RecordStore.RecordRow;
import org.openfid.masterdata.ValidationPurpose;
import org.openfid.platform.AuditRecorder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@link IdentityDrafts} over the draft table. A draft's identity and documents are one sealed JSON
 * value (AAD {@code draft:<rid>}); documents become blobs only when the draft is published.
 */
@Service
class SealedDrafts implements IdentityDrafts {

    private final DraftStore drafts;
    private final IdentityReader reader;
    private final IdentityWriter writer;
    private final IdentityUpdater updater;
    private final RecordSealer sealer;
    private final AuditRecorder audit;
    private final JsonMapper json;
    private final Clock clock;

    SealedDrafts(
            DraftStore drafts,
            IdentityReader reader,
            IdentityWriter writer,
            IdentityUpdater updater,
            RecordSealer sealer,
            AuditRecorder audit,
            JsonMapper json,
            Clock clock) {
        this.drafts = drafts;
        this.reader = reader;
        this.writer = writer;
        this.updater = updater;
        this.sealer = sealer;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Draft create(Rid rid, @Nullable Uin uin) {
        if (drafts.exists(rid.value()) || reader.store().ridUsed(rid.value())) {
            throw new IdentityException(IdentityError.RECORD_EXISTS, "This RID already has a draft or a record");
        }
        ObjectNode identity = json.createObjectNode();
        IdentityRef base = null;
        if (uin != null) {
            RecordRow row = reader.require(IndividualId.of(uin));
            identity = reader.identity(row);
            base = new IdentityRef(new IdentityId(row.id()), uin, row.status(), row.version());
        }
        Draft draft = new Draft(rid, identity, List.of(), base);
        drafts.insert(
                new DraftRow(
                        rid.value(),
                        base == null ? null : base.id().value(),
                        base == null ? null : base.version(),
                        sealer.sealing(),
                        seal(draft)),
                clock.instant());
        audit.success("identity", "DRAFT_CREATED", null, "draft " + rid);
        return draft;
    }

    @Override
    @Transactional
    public Draft update(Rid rid, ObjectNode identity, List<IdentityDocument> documents) {
        DraftRow row = require(rid, true);
        Draft current = open(row);
        ObjectNode delta = identity.deepCopy();
        delta.remove("UIN");
        writer.validateFields(delta, documents, ValidationPurpose.UPDATE);
        ObjectNode merged = current.identity().deepCopy();
        delta.properties().forEach(e -> merged.set(e.getKey(), e.getValue()));
        Map<String, IdentityDocument> files = new LinkedHashMap<>();
        current.documents().forEach(d -> files.put(d.category(), d));
        documents.forEach(d -> files.put(d.category(), d));
        Draft updated = new Draft(rid, merged, new ArrayList<>(files.values()), current.base());
        drafts.replaceData(rid.value(), sealer.sealing(), seal(updated), clock.instant());
        audit.success("identity", "DRAFT_UPDATED", null, "draft " + rid);
        return updated;
    }

    @Override
    @Transactional(readOnly = true)
    public Draft get(Rid rid) {
        return open(require(rid, false));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean exists(Rid rid) {
        return drafts.exists(rid.value());
    }

    @Override
    @Transactional
    public IdentityRef publish(Rid rid) {
        Draft draft = open(require(rid, true));
        IdentityRef published;
        if (draft.base() == null) {
            published = writer.create(new NewIdentity(rid, null, draft.identity(), draft.documents()));
        } else {
            published = updater.update(new IdentityChange(
                    rid,
                    draft.base().uin(),
                    draft.identity(),
                    draft.documents(),
                    draft.base().version()));
        }
        drafts.delete(rid.value());
        audit.success("identity", "DRAFT_PUBLISHED", null, "draft " + rid + " as identity " + published.id());
        return published;
    }

    @Override
    @Transactional
    public void discard(Rid rid) {
        if (!drafts.delete(rid.value())) {
            throw new IdentityException(IdentityError.DRAFT_NOT_FOUND);
        }
        audit.success("identity", "DRAFT_DISCARDED", null, "draft " + rid);
    }

    private DraftRow require(Rid rid, boolean forUpdate) {
        return drafts.find(rid.value(), forUpdate)
                .orElseThrow(() -> new IdentityException(IdentityError.DRAFT_NOT_FOUND));
    }

    private byte[] seal(Draft draft) {
        return sealer.seal(
                RecordSealer.IDENTITY_DATA,
                DraftFormat.write(json, draft.identity(), draft.documents()),
                "draft:" + draft.rid());
    }

    private Draft open(DraftRow row) {
        DraftFormat.Content content = DraftFormat.read(
                json, sealer.open(RecordSealer.IDENTITY_DATA, row.data(), row.sealed(), "draft:" + row.rid()));
        IdentityRef base = null;
        if (row.identityId() != null) {
            base = new IdentityRef(
                    new IdentityId(row.identityId()),
                    new Uin(content.identity().get("UIN").asString()),
                    org.openfid.identity.UinStatus.ACTIVATED,
                    row.baseVersion());
        }
        return new Draft(new Rid(row.rid()), content.identity(), content.documents(), base);
    }
}
