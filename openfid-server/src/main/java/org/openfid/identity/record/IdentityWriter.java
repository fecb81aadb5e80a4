package org.openfid.identity.record;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openfid.identity.IdNumbers;
import org.openfid.identity.Identities.IdentityRef;
import org.openfid.identity.IdentityCreated;
import org.openfid.identity.IdentityDocument;
import org.openfid.identity.IdentityError;
import org.openfid.identity.IdentityException;
import org.openfid.identity.IdentityId;
import org.openfid.identity.IdentityValidationException;
import org.openfid.identity.NewIdentity;
import org.openfid.identity.Uin;
import org.openfid.identity.UinStatus;
import org.openfid.identity.hashing.IdentifierHashes;
import org.openfid.identity.record.DocumentVault.StoredBlob;
import org.openfid.identity.record.RecordStore.RecordRow;
import org.openfid.identity.record.RecordStore.VersionRow;
import org.openfid.masterdata.IdentitySchema;
import org.openfid.masterdata.IdentitySchemas;
import org.openfid.masterdata.SchemaViolation;
import org.openfid.masterdata.ValidationPurpose;
import org.openfid.platform.AuditRecorder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Creates identity records: validate, number, seal, store, index, publish, audit; all or nothing. */
@Component
public class IdentityWriter {

    static final String UIN_FIELD = "UIN";

    private final RecordStore store;
    private final HandleStore handleStore;
    private final HandleRules handles;
    private final RecordSealer sealer;
    private final DocumentVault documents;
    private final IdentitySchemas schemas;
    private final IdNumbers numbers;
    private final IdentifierHashes hashes;
    private final ApplicationEventPublisher events;
    private final AuditRecorder audit;
    private final JsonMapper json;
    private final Clock clock;

    IdentityWriter(
            RecordStore store,
            HandleStore handleStore,
            HandleRules handles,
            RecordSealer sealer,
            DocumentVault documents,
            IdentitySchemas schemas,
            IdNumbers numbers,
            IdentifierHashes hashes,
            ApplicationEventPublisher events,
            AuditRecorder audit,
            JsonMapper json,
            Clock clock) {
        this.store = store;
        this.handleStore = handleStore;
        this.handles = handles;
        this.sealer = sealer;
        this.documents = documents;
        this.schemas = schemas;
        this.numbers = numbers;
        this.hashes = hashes;
        this.events = events;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public IdentityRef create(NewIdentity request) {
        IdentitySchema schema = schemas.current();
        ObjectNode identity = request.identity().deepCopy();
        String givenUin = identity.has(UIN_FIELD) ? identity.remove(UIN_FIELD).asString() : null;
        validate(schema, identity, request.documents(), ValidationPurpose.NEW);
        if (store.ridUsed(request.rid().value())) {
            throw new IdentityException(IdentityError.RECORD_EXISTS, "An identity was already made by this RID");
        }
        Uin uin = number(request.uin() != null ? request.uin().value() : givenUin);
        String uinHash = hashes.uin(uin);
        if (store.byUinHash(uinHash).isPresent()) {
            throw new IdentityException(IdentityError.RECORD_EXISTS, "The UIN is already used");
        }
        identity.put(UIN_FIELD, uin.value());
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        byte[] data = sealer.seal(RecordSealer.IDENTITY_DATA, bytes(identity), RecordSealer.versionAad(id, 1));
        try {
            store.insertRecord(new RecordRow(
                    id, uinHash, request.rid().value(), UinStatus.ACTIVATED, 1, sealer.sealing(), data, now, now));
            store.insertVersion(new VersionRow(id, 1, request.rid().value(), sealer.sealing(), data, now));
        } catch (DuplicateKeyException e) {
            throw new IdentityException(IdentityError.RECORD_EXISTS, "An identity with this RID or UIN exists");
        }
        claimHandles(id, handles.hashes(schema, identity));
        store.insertBlobs(id, 1, storeDocuments(new IdentityId(id), request.documents()));
        saveCounts(id, Map.of());
        events.publishEvent(new IdentityCreated(new IdentityId(id), 1, request.rid()));
        audit.success("identity", "IDENTITY_CREATED", uinHash, "identity " + id + " version 1");
        return new IdentityRef(new IdentityId(id), uin, UinStatus.ACTIVATED, 1);
    }

    private Uin number(String given) {
        if (given == null) {
            return numbers.issueUin();
        }
        if (given.isEmpty() || !given.chars().allMatch(Character::isDigit) || !numbers.isValidUin(given)) {
            throw new IdentityException(IdentityError.INVALID_UIN, "The UIN is malformed or fails its check digit");
        }
        Uin uin = new Uin(given);
        numbers.claimUin(uin);
        return uin;
    }

    /** {@link #validate} against the current schema. */
    public void validateFields(ObjectNode identity, List<IdentityDocument> files, ValidationPurpose purpose) {
        validate(schemas.current(), identity, files, purpose);
    }

    /** Schema, document and handle checks together, so the caller learns every problem at once. */
    void validate(IdentitySchema schema, ObjectNode identity, List<IdentityDocument> files, ValidationPurpose purpose) {
        List<SchemaViolation> violations = new ArrayList<>(
                schemas.validate(identity, purpose, schema.mandatoryLanguages().getFirst()));
        violations.addAll(handles.violations(schema, identity));
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < files.size(); i++) {
            String category = files.get(i).category();
            if (!seen.add(category)) {
                violations.add(
                        new SchemaViolation("documents[" + i + "].category", "DUPLICATE", "One document per category"));
            }
            boolean file = schema.documentFields().stream().anyMatch(f -> f.id().equals(category))
                    || schema.biometricFields().stream().anyMatch(f -> f.id().equals(category));
            if (!file) {
                violations.add(new SchemaViolation(
                        "documents[" + i + "].category", "UNKNOWN_FIELD", "Not a document or biometrics field"));
            }
        }
        if (!violations.isEmpty()) {
            throw new IdentityValidationException(violations);
        }
    }

    void claimHandles(UUID id, Map<String, String> hashByField) {
        for (String hash : hashByField.values()) {
            if (handleStore.owner(hash).filter(owner -> !owner.equals(id)).isPresent()) {
                throw new IdentityException(
                        IdentityError.HANDLE_RECORD_EXISTS, "A selected handle belongs to another identity");
            }
        }
        try {
            handleStore.replace(id, hashByField);
        } catch (DuplicateKeyException e) {
            throw new IdentityException(
                    IdentityError.HANDLE_RECORD_EXISTS, "A selected handle belongs to another identity");
        }
    }

    List<StoredBlob> storeDocuments(IdentityId id, List<IdentityDocument> files) {
        return files.stream().map(file -> documents.put(id, file)).toList();
    }

    void saveCounts(UUID id, Map<String, Integer> counts) {
        handleStore.saveCounts(
                id, sealer.seal(RecordSealer.IDENTITY_DATA, json.writeValueAsBytes(counts), "counts:" + id));
    }

    byte[] bytes(ObjectNode identity) {
        return json.writeValueAsString(identity).getBytes(StandardCharsets.UTF_8);
    }
}
