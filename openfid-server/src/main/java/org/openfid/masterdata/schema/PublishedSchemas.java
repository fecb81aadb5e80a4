package org.openfid.masterdata.schema;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.openfid.masterdata.IdentitySchema;
import org.openfid.masterdata.IdentitySchemas;
import org.openfid.masterdata.MasterdataError;
import org.openfid.masterdata.MasterdataException;
import org.openfid.masterdata.ReferenceData;
import org.openfid.masterdata.SchemaViolation;
import org.openfid.masterdata.ValidationPurpose;
import org.openfid.platform.AuditRecorder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The identity schema versions stored in the database, with validation against the current one.
 *
 * <p>Validation runs on every identity create and update, so it never queries the database for the
 * schema: the current version is compiled once (regular expressions included) with the message
 * templates and cached until a publication or a template change commits. Each process keeps its
 * own cache; another process sees a new version after its own restart or publication.
 *
 * <p>ENUM values are checked against their dynamic field list through {@link ReferenceData} when
 * that bean exists (the reference data part of this module provides it); without it, and for a
 * list the country has not defined, ENUM values are checked for shape and languages only.
 */
@Service
public class PublishedSchemas implements IdentitySchemas {

    static final String MODULE = "masterdata";
    static final String PUBLISHED = "SCHEMA_PUBLISHED";

    private final SchemaStore store;
    private final MessageTemplates templates;
    private final ObjectProvider<ReferenceData> referenceData;
    private final AuditRecorder audit;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private volatile @Nullable CompiledSchema cached;
    /** Counts invalidations, so a load that raced with a publication is not cached. */
    private long generation;

    PublishedSchemas(
            SchemaStore store,
            MessageTemplates templates,
            ObjectProvider<ReferenceData> referenceData,
            AuditRecorder audit,
            TransactionTemplate transactions,
            Clock clock) {
        this.store = store;
        this.templates = templates;
        this.referenceData = referenceData;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * The result of a publication.
     *
     * @param schema the version now published
     * @param created {@code false} when the same document was already published (nothing changed)
     */
    public record Publication(IdentitySchema schema, boolean created) {}

    @Override
    public IdentitySchema current() {
        return compiled().schema();
    }

    @Override
    public Optional<IdentitySchema> version(String version) {
        return store.byVersion(version).map(stored -> SchemaReader.read(stored.document(), stored.publishedAt()));
    }

    @Override
    public List<IdentitySchema> versions() {
        return store.all().stream()
                .map(stored -> SchemaReader.read(stored.document(), stored.publishedAt()))
                .toList();
    }

    @Override
    public List<SchemaViolation> validate(JsonNode identity, ValidationPurpose purpose, String language) {
        ReferenceData lists = referenceData.getIfAvailable();
        return new IdentityCheck(
                        compiled(), purpose, language, LocalDate.now(clock), lists == null ? null : lists::dynamicList)
                .run(identity);
    }

    @Override
    public IdentitySchema publish(JsonNode document) {
        return publishIfNew(document).schema();
    }

    /**
     * Publishes {@code document} unless the very same document is published already (so loading a
     * country twice changes nothing). Every publication and every rejected one is audited.
     */
    public Publication publishIfNew(JsonNode document) {
        try {
            return transactions.execute(status -> publication(document));
        } catch (MasterdataException e) {
            audit.failure(MODULE, PUBLISHED, null, e.code());
            throw e;
        }
    }

    private Publication publication(JsonNode document) {
        IdentitySchema schema = SchemaReader.read(document, clock.instant());
        store.lockForPublication();
        Optional<String> same = store.versionWithDocument(document);
        if (same.isPresent()) {
            return new Publication(version(same.get()).orElseThrow(), false);
        }
        Optional<SchemaStore.StoredSchema> newest = store.newest();
        if (newest.isPresent()
                && SchemaVersions.compare(schema.version(), newest.get().version()) <= 0) {
            String reason = schema.version().equals(newest.get().version())
                            || store.byVersion(schema.version()).isPresent()
                    ? "version " + schema.version() + " is already published with a different document"
                    : "version " + schema.version() + " is not newer than the current version "
                            + newest.get().version();
            throw new MasterdataException(MasterdataError.INVALID_SCHEMA, reason);
        }
        store.insert(schema.version(), document, schema.publishedAt());
        audit.success(MODULE, PUBLISHED, null, schema.version());
        invalidateAfterCommit();
        return new Publication(schema, true);
    }

    /** Drops the compiled schema once the current transaction commits (at once outside one). */
    void invalidateAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    invalidate();
                }
            });
        } else {
            invalidate();
        }
    }

    private synchronized void invalidate() {
        generation++;
        cached = null;
    }

    private CompiledSchema compiled() {
        CompiledSchema compiled = cached;
        if (compiled != null) {
            return compiled;
        }
        long seen;
        synchronized (this) {
            seen = generation;
        }
        SchemaStore.StoredSchema newest =
                store.newest().orElseThrow(() -> new MasterdataException(MasterdataError.SCHEMA_NOT_FOUND));
        compiled = new CompiledSchema(SchemaReader.read(newest.document(), newest.publishedAt()), templates.all());
        synchronized (this) {
            if (generation == seen) {
                cached = compiled;
            }
        }
        return compiled;
    }
}
