package org.openfid.identity.record;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.openfid.identity.AuthTypeLocks;
import org.openfid.identity.AuthenticationSubject;
import org.openfid.identity.Identities;
import org.openfid.identity.IdentityChange;
import org.openfid.identity.IdentityError;
import org.openfid.identity.IdentityException;
import org.openfid.identity.IdentityId;
import org.openfid.identity.IdentityRecord;
import org.openfid.identity.IndividualId;
import org.openfid.identity.NewIdentity;
import org.openfid.identity.ReadScope;
import org.openfid.identity.Uin;
import org.openfid.identity.UinStatus;
import org.openfid.identity.hashing.IdentifierHashes;
import org.openfid.platform.AuditRecorder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@link Identities} API. Changes run in the writer's transactions; a change that fails is
 * audited here, after its transaction rolled back, so the failure entry survives it.
 */
@Service
class RegistryIdentities implements Identities {

    private final IdentityReader reader;
    private final IdentityWriter writer;
    private final IdentityUpdater updater;
    private final IdentifierHashes hashes;
    private final AuditRecorder audit;
    private final Clock clock;

    RegistryIdentities(
            IdentityReader reader,
            IdentityWriter writer,
            IdentityUpdater updater,
            IdentifierHashes hashes,
            AuditRecorder audit,
            Clock clock) {
        this.clock = clock;
        this.reader = reader;
        this.writer = writer;
        this.updater = updater;
        this.hashes = hashes;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<IdentityRef> find(Uin uin) {
        return reader.row(IndividualId.of(uin)).map(reader::ref);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AuthenticationSubject> readForAuthentication(Uin uin) {
        return reader.rowWithLocks(uin)
                .map(found -> new AuthenticationSubject(
                        reader.read(found.row(), ReadScope.NONE),
                        AuthTypeLocks.effective(found.locks(), clock.instant())));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<IdentityRef> find(IdentityId id) {
        return reader.store().byId(id.value()).map(reader::ref);
    }

    @Override
    public IdentityRef create(NewIdentity request) {
        return audited("IDENTITY_CREATED", request.uin(), () -> writer.create(request));
    }

    @Override
    @Transactional(readOnly = true)
    public IdentityRecord read(IndividualId id, ReadScope scope) {
        return reader.read(reader.require(id), scope);
    }

    @Override
    public IdentityRef update(IdentityChange change) {
        return audited("IDENTITY_UPDATED", change.uin(), () -> updater.update(change));
    }

    @Override
    public IdentityRef changeStatus(IndividualId id, UinStatus status, String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 1024) {
            throw new IdentityException(IdentityError.MISSING_INPUT, "A reason of 1-1024 characters is required");
        }
        Uin uin = id.type() == org.openfid.identity.IdType.UIN ? reader.validUin(id.value()) : null;
        return audited("STATUS_CHANGED", uin, () -> updater.changeStatus(id, status, reason));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, UpdateCount> updateCounts(IndividualId id) {
        return updater.updateCounts(id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<IdentityRecord> history(IdentityId id) {
        return reader.history(reader.store()
                .byId(id.value())
                .orElseThrow(() -> new IdentityException(IdentityError.NO_RECORD_FOUND)));
    }

    private IdentityRef audited(String action, @Nullable Uin uin, Supplier<IdentityRef> change) {
        try {
            return change.get();
        } catch (IdentityException e) {
            audit.failure(
                    "identity",
                    action,
                    uin == null ? null : safeHash(uin),
                    e.error().code());
            throw e;
        }
    }

    private @Nullable String safeHash(Uin uin) {
        try {
            return hashes.uin(uin);
        } catch (RuntimeException e) {
            // the failure entry is still written, without a target, if even hashing fails
            return null;
        }
    }
}
