package org.openfid.identity.record;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.openfid.identity.Identities.IdentityRef;
import org.openfid.identity.Identities.UpdateCount;
import org.openfid.identity.IdentityChange;
import org.openfid.identity.IdentityDocument;
import org.openfid.identity.IdentityError;
import org.openfid.identity.IdentityException;
import org.openfid.identity.IdentityId;
import org.openfid.identity.IdentityStatusChanged;
import org.openfid.identity.IdentityUpdated;
import org.openfid.identity.IndividualId;
import org.openfid.identity.UinStatus;
import org.openfid.identity.record.DocumentVault.StoredBlob;
import org.openfid.identity.record.RecordStore.RecordRow;
import org.openfid.identity.record.RecordStore.VersionRow;
import org.openfid.masterdata.IdentitySchema;
import org.openfid.masterdata.IdentitySchemas;
import org.openfid.masterdata.SchemaField;
import org.openfid.masterdata.ValidationPurpose;
import org.openfid.platform.AuditRecorder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Partial updates (a new version; optimistic locking on the version column) and status changes.
 */
@Component
public class IdentityUpdater {

    /** Fields that are bookkeeping, not the person's data, and never count as updates. */
    private static final Set<String> UNCOUNTED =
            Set.of("IDSchemaVersion", IdentityWriter.UIN_FIELD, HandleRules.SELECTED);

    private final RecordStore store;
    private final HandleStore handleStore;
    private final HandleRules handles;
    private final RecordSealer sealer;
    private final IdentityReader reader;
    private final IdentityWriter writer;
    private final IdentitySchemas schemas;
    private final ApplicationEventPublisher events;
    private final AuditRecorder audit;
    private final JsonMapper json;
    private final Clock clock;

    IdentityUpdater(
            RecordStore store,
            HandleStore handleStore,
            HandleRules handles,
            RecordSealer sealer,
            IdentityReader reader,
            IdentityWriter writer,
            IdentitySchemas schemas,
            ApplicationEventPublisher events,
            AuditRecorder audit,
            JsonMapper json,
            Clock clock) {
        this.store = store;
        this.handleStore = handleStore;
        this.handles = handles;
        this.sealer = sealer;
        this.reader = reader;
        this.writer = writer;
        this.schemas = schemas;
        this.events = events;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public IdentityRef update(IdentityChange change) {
        IdentitySchema schema = schemas.current();
        ObjectNode delta = change.identity().deepCopy();
        delta.remove(IdentityWriter.UIN_FIELD);
        writer.validate(schema, delta, change.documents(), ValidationPurpose.UPDATE);
        RecordRow row = reader.require(IndividualId.of(change.uin()));
        if (change.expectedVersion() != null && change.expectedVersion() != row.version()) {
            throw new IdentityException(IdentityError.CONCURRENT_UPDATE);
        }
        if (row.status() != UinStatus.ACTIVATED) {
            throw new IdentityException(IdentityError.INVALID_STATUS, "Only an activated identity can be updated");
        }
        if (store.ridUsed(change.rid().value())) {
            throw new IdentityException(IdentityError.RECORD_EXISTS, "This RID already made a version");
        }
        ObjectNode current = reader.identity(row);
        ObjectNode merged = current.deepCopy();
        delta.properties().forEach(entry -> merged.set(entry.getKey(), entry.getValue()));
        countUpdates(schema, row.id(), current, delta, change.documents());
        int version = row.version() + 1;
        Instant now = clock.instant();
        byte[] data = sealer.seal(
                RecordSealer.IDENTITY_DATA, writer.bytes(merged), RecordSealer.versionAad(row.id(), version));
        if (!store.advance(row.id(), row.version(), change.rid().value(), sealer.sealing(), data, now)) {
            throw new IdentityException(IdentityError.CONCURRENT_UPDATE);
        }
        try {
            store.insertVersion(new VersionRow(row.id(), version, change.rid().value(), sealer.sealing(), data, now));
        } catch (DuplicateKeyException e) {
            throw new IdentityException(IdentityError.RECORD_EXISTS, "This RID already made a version");
        }
        writer.claimHandles(row.id(), handles.hashes(schema, merged));
        store.insertBlobs(row.id(), version, blobs(row, change.documents()));
        events.publishEvent(new IdentityUpdated(new IdentityId(row.id()), version, change.rid()));
        audit.success("identity", "IDENTITY_UPDATED", row.uinHash(), "identity " + row.id() + " version " + version);
        return new IdentityRef(new IdentityId(row.id()), change.uin(), row.status(), version);
    }

    /** The previous version's blobs, with the given categories replaced by new ones. */
    private List<StoredBlob> blobs(RecordRow row, List<IdentityDocument> replaced) {
        Map<String, StoredBlob> byCategory = new LinkedHashMap<>();
        store.blobs(row.id(), row.version()).forEach(blob -> byCategory.put(blob.category(), blob));
        writer.storeDocuments(new IdentityId(row.id()), replaced)
                .forEach(blob -> byCategory.put(blob.category(), blob));
        return new ArrayList<>(byCategory.values());
    }

    private void countUpdates(
            IdentitySchema schema, UUID id, ObjectNode current, ObjectNode delta, List<IdentityDocument> files) {
        Map<String, Integer> counts = new TreeMap<>(counts(id));
        List<String> exceeded = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        delta.properties().stream()
                .filter(entry -> !UNCOUNTED.contains(entry.getKey()))
                .filter(entry -> !entry.getValue().equals(current.get(entry.getKey())))
                .forEach(entry -> changed.add(entry.getKey()));
        files.forEach(file -> changed.add(file.category()));
        for (String field : changed) {
            int count = counts.merge(field, 1, Integer::sum);
            Integer limit = schema.field(field).map(SchemaField::updateLimit).orElse(null);
            if (limit != null && count > limit) {
                exceeded.add(field);
            }
        }
        if (!exceeded.isEmpty()) {
            throw new IdentityException(
                    IdentityError.UPDATE_COUNT_LIMIT_EXCEEDED,
                    "Update limit reached for: " + String.join(", ", exceeded));
        }
        writer.saveCounts(id, counts);
    }

    Map<String, Integer> counts(UUID id) {
        return handleStore
                .counts(id)
                .map(stored -> stored.length > 0 && stored[0] == '{'
                        ? stored
                        : sealer.open(RecordSealer.IDENTITY_DATA, stored, true, "counts:" + id))
                .map(plain -> json.readValue(plain, new TypeReference<Map<String, Integer>>() {}))
                .orElse(Map.of());
    }

    /** Update counts with the schema's limits, for every field that has either. */
    public Map<String, UpdateCount> updateCounts(IndividualId id) {
        RecordRow row = reader.require(id);
        Map<String, Integer> counts = counts(row.id());
        Map<String, UpdateCount> result = new TreeMap<>();
        for (SchemaField field : schemas.current().fields()) {
            if (field.updateLimit() != null || counts.containsKey(field.id())) {
                result.put(field.id(), new UpdateCount(counts.getOrDefault(field.id(), 0), field.updateLimit()));
            }
        }
        return result;
    }

    @Transactional
    public IdentityRef changeStatus(IndividualId id, UinStatus status, String reason) {
        RecordRow row = reader.require(id);
        if (row.status() == status) {
            throw new IdentityException(IdentityError.INVALID_STATUS, "The identity already has status " + status);
        }
        byte[] sealedReason =
                sealer.seal(RecordSealer.IDENTITY_DATA, reason.getBytes(StandardCharsets.UTF_8), "status:" + row.id());
        Instant now = clock.instant();
        if (!store.changeStatus(row.id(), row.status(), status, sealedReason, now)) {
            throw new IdentityException(IdentityError.CONCURRENT_UPDATE);
        }
        events.publishEvent(new IdentityStatusChanged(new IdentityId(row.id()), row.status(), status, now));
        audit.success("identity", "STATUS_CHANGED", row.uinHash(), row.status() + " -> " + status);
        IdentityRef ref = reader.ref(row);
        return new IdentityRef(ref.id(), ref.uin(), status, ref.version());
    }
}
