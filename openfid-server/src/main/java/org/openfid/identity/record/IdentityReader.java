package org.openfid.identity.record;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.openfid.identity.IdNumbers;
import org.openfid.identity.Identities.IdentityRef;
import org.openfid.identity.IdentityDocument;
import org.openfid.identity.IdentityError;
import org.openfid.identity.IdentityException;
import org.openfid.identity.IdentityId;
import org.openfid.identity.IdentityRecord;
import org.openfid.identity.IndividualId;
import org.openfid.identity.ReadScope;
import org.openfid.identity.Rid;
import org.openfid.identity.Uin;
import org.openfid.identity.Vid;
import org.openfid.identity.hashing.IdentifierHashes;
import org.openfid.identity.record.RecordStore.RecordRow;
import org.openfid.masterdata.IdentitySchemas;
import org.openfid.masterdata.SchemaField;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Finds identity records by any identifier (each through its keyed hash, never a plain value) and
 * opens them.
 */
@Component
public class IdentityReader {

    private final RecordStore store;
    private final IdentifierHashes hashes;
    private final HandleRules handles;
    private final RecordSealer sealer;
    private final DocumentVault documents;
    private final IdentitySchemas schemas;
    private final IdNumbers numbers;
    private final ObjectProvider<VidDirectory> vids;
    private final JsonMapper json;

    IdentityReader(
            RecordStore store,
            IdentifierHashes hashes,
            HandleRules handles,
            RecordSealer sealer,
            DocumentVault documents,
            IdentitySchemas schemas,
            IdNumbers numbers,
            ObjectProvider<VidDirectory> vids,
            JsonMapper json) {
        this.store = store;
        this.hashes = hashes;
        this.handles = handles;
        this.sealer = sealer;
        this.documents = documents;
        this.schemas = schemas;
        this.numbers = numbers;
        this.vids = vids;
        this.json = json;
    }

    public RecordStore store() {
        return store;
    }

    /** The record an identifier names, or empty. Malformed identifiers fail with a precise error. */
    public Optional<RecordRow> row(IndividualId id) {
        return switch (id.type()) {
            case UIN -> store.byUinHash(hashes.uin(validUin(id.value())));
            case VID -> vidHolder(id.value()).flatMap(holder -> store.byId(holder.value()));
            case HANDLE -> handle(id.value());
            case RID -> store.byRid(new Rid(id.value()).value());
        };
    }

    /** The record of a UIN with its stored lock rows (see {@link RecordStore#byUinHashWithLocks}). */
    public Optional<RecordStore.RowWithLocks> rowWithLocks(org.openfid.identity.Uin uin) {
        return store.byUinHashWithLocks(hashes.uin(validUin(uin.value())));
    }

    public RecordRow require(IndividualId id) {
        return row(id).orElseThrow(() -> new IdentityException(IdentityError.NO_RECORD_FOUND));
    }

    Uin validUin(String value) {
        if (!value.chars().allMatch(Character::isDigit) || !numbers.isValidUin(value)) {
            throw new IdentityException(IdentityError.INVALID_UIN, "The UIN is malformed or fails its check digit");
        }
        return new Uin(value);
    }

    private Optional<IdentityId> vidHolder(String value) {
        if (!value.chars().allMatch(Character::isDigit) || !numbers.isValidVid(value)) {
            throw new IdentityException(IdentityError.INVALID_VID, "The VID is malformed or fails its check digit");
        }
        VidDirectory directory = vids.getIfAvailable();
        if (directory == null) {
            throw new IdentityException(IdentityError.INVALID_INPUT, "Reads by VID are not available");
        }
        return directory.holder(new Vid(value));
    }

    private Optional<RecordRow> handle(String value) {
        int at = value.lastIndexOf('@');
        if (at <= 0 || at == value.length() - 1) {
            throw new IdentityException(
                    IdentityError.INVALID_INPUT, "A handle is value@field, for example 9876543210@phone");
        }
        return store.byHandleHash(handles.hash(value.substring(at + 1), value.substring(0, at)));
    }

    /** The identity JSON of a record row. */
    public ObjectNode identity(RecordRow row) {
        byte[] plain = sealer.open(
                RecordSealer.IDENTITY_DATA, row.data(), row.sealed(), RecordSealer.versionAad(row.id(), row.version()));
        return (ObjectNode) json.readTree(plain);
    }

    public IdentityRef ref(RecordRow row) {
        return new IdentityRef(new IdentityId(row.id()), uinOf(identity(row)), row.status(), row.version());
    }

    static Uin uinOf(ObjectNode identity) {
        return new Uin(identity.get("UIN").asString());
    }

    public IdentityRecord read(RecordRow row, ReadScope scope) {
        ObjectNode identity = identity(row);
        List<IdentityDocument> files = scope == ReadScope.NONE ? List.of() : documents(row, scope);
        return new IdentityRecord(
                new IdentityId(row.id()),
                uinOf(identity),
                row.status(),
                row.version(),
                new Rid(row.rid()),
                identity,
                files,
                row.createdAt(),
                row.updatedAt());
    }

    private List<IdentityDocument> documents(RecordRow row, ReadScope scope) {
        Set<String> biometric = schemas.current().biometricFields().stream()
                .map(SchemaField::id)
                .collect(Collectors.toSet());
        return store.blobs(row.id(), row.version()).stream()
                .filter(blob -> switch (scope) {
                    case ALL -> true;
                    case BIO -> biometric.contains(blob.category());
                    case DEMO -> !biometric.contains(blob.category());
                    case NONE -> false;
                })
                .map(blob -> documents.get(blob, row.sealed()))
                .toList();
    }

    /** Every version, oldest first, with documents of every scope. */
    public List<IdentityRecord> history(RecordRow current) {
        return store.versions(current.id()).stream()
                .map(v -> read(
                        new RecordRow(
                                v.id(),
                                current.uinHash(),
                                v.rid(),
                                current.status(),
                                v.version(),
                                v.sealed(),
                                v.data(),
                                current.createdAt(),
                                v.createdAt()),
                        ReadScope.ALL))
                .toList();
    }
}
