package org.openfid.biometrics.abis;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.openfid.biometrics.BiometricsProperties;
import org.openfid.biometrics.search.EnrolledFinger;
import org.openfid.biometrics.search.FingerGallery;
import org.openfid.keys.KeysException;
import org.openfid.platform.AuditRecorder;
import org.openfid.spi.abis.Abis;
import org.openfid.spi.abis.AbisException;
import org.openfid.spi.abis.AbisFailure;
import org.openfid.spi.abis.Identification;
import org.openfid.spi.abis.IdentifyRequest;
import org.openfid.spi.abis.ReferenceId;
import org.openfid.spi.biometrics.BiometricSample;
import org.openfid.spi.biometrics.BiometricSdk;
import org.openfid.spi.biometrics.BiometricTemplate;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The embedded ABIS: MOSIP's operations over a PostgreSQL gallery of sealed templates and its
 * in-memory copy.
 *
 * <p>Consistency: templates are extracted before any transaction (slow, and nothing to undo); the
 * record and its fingers are written in one transaction; the in-memory gallery is updated only after
 * that transaction commits. A failure at any point before the commit leaves both unchanged, and a
 * crash after it is repaired by the load at the next start, which rebuilds memory from the database.
 *
 * <p>Every operation is audited with the reference id only (no template, no score).
 */
class EmbeddedAbis implements Abis, SmartInitializingSingleton {

    static final String MODULE = "biometrics";

    private final BiometricSdk sdk;
    private final GalleryStore store;
    private final TemplateSeal seal;
    private final LiveGallery gallery;
    private final TransactionTemplate transactions;
    private final AuditRecorder audit;
    private final BiometricsProperties properties;
    private final Clock clock;

    EmbeddedAbis(
            BiometricSdk sdk,
            Supplier<FingerGallery> galleries,
            GalleryStore store,
            TemplateSeal seal,
            TransactionTemplate transactions,
            AuditRecorder audit,
            BiometricsProperties properties,
            Clock clock) {
        this.sdk = sdk;
        this.store = store;
        this.seal = seal;
        this.gallery = new LiveGallery(galleries, store, seal);
        this.transactions = transactions;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        gallery.reload();
    }

    /** Rebuilds the in-memory gallery from the database (what a restart does). */
    void reload() {
        gallery.reload();
    }

    @Override
    public void insert(ReferenceId referenceId, List<BiometricSample> samples) {
        audited("ABIS_INSERT", referenceId, () -> {
            String digest = SampleDigest.of(samples);
            if (alreadyInserted(referenceId, digest)) {
                audit.success(MODULE, "ABIS_INSERT", referenceId.value(), "already inserted");
                return null;
            }
            var templates = FingerExtraction.extract(sdk, samples);
            try {
                write(referenceId, digest, templates);
            } catch (DuplicateKeyException e) {
                if (!alreadyInserted(referenceId, digest)) {
                    throw e;
                }
            }
            return null;
        });
    }

    /** True when the record exists with these samples; REFERENCE_ID_EXISTS when with others. */
    private boolean alreadyInserted(ReferenceId referenceId, String digest) {
        var existing = store.record(referenceId);
        if (existing.isEmpty()) {
            return false;
        }
        if (!existing.get().sampleDigest().equals(digest)) {
            throw new AbisException(
                    AbisFailure.REFERENCE_ID_EXISTS, "The reference id is already in the gallery with other samples");
        }
        return true;
    }

    private void write(ReferenceId referenceId, String digest, List<BiometricTemplate> templates) {
        var rows = new ArrayList<GalleryStore.FingerRow>();
        var fingers = new ArrayList<EnrolledFinger>();
        for (int i = 0; i < templates.size(); i++) {
            var template = templates.get(i);
            byte[] sealed = seal.seal(referenceId, i, template.subtype(), template.data());
            rows.add(new GalleryStore.FingerRow(referenceId, i, template.subtype(), template.format(), sealed));
            fingers.add(new EnrolledFinger(template.subtype(), template.data()));
        }
        var record = new GalleryStore.RecordRow(referenceId, digest, rows.size(), clock.instant());
        transactions.executeWithoutResult(status -> {
            store.insert(record, rows);
            afterCommit(() -> gallery.get().put(referenceId, fingers));
            audit.success(MODULE, "ABIS_INSERT", referenceId.value(), null);
        });
    }

    @Override
    public Identification identify(ReferenceId referenceId, IdentifyRequest request) {
        return audited("ABIS_IDENTIFY", referenceId, () -> {
            // the in-memory gallery holds every committed record's templates: no read, no unsealing
            var probe = gallery.get()
                    .fingers(referenceId)
                    .orElseThrow(() -> new AbisException(
                            AbisFailure.REFERENCE_ID_NOT_FOUND, "The reference id is not in the gallery"));
            return search(probe, request, referenceId);
        });
    }

    @Override
    public Identification identify(List<BiometricSample> probe, IdentifyRequest request) {
        return audited("ABIS_IDENTIFY", null, () -> {
            var fingers = FingerExtraction.extract(sdk, probe).stream()
                    .map(template -> new EnrolledFinger(template.subtype(), template.data()))
                    .toList();
            return search(fingers, request, null);
        });
    }

    private Identification search(List<EnrolledFinger> probe, IdentifyRequest request, @Nullable ReferenceId self) {
        var searched = gallery.get();
        long covered = request.subset().map(subset -> (long) subset.size()).orElse((long) searched.size());
        double threshold = FpirThreshold.of(request.targetFpir(), covered, properties.fusedThreshold());
        var result = searched.identify(probe, request.gallery(), self, request.maxResults(), threshold);
        audit.success(
                MODULE,
                "ABIS_IDENTIFY",
                self == null ? null : self.value(),
                "candidates=" + result.candidates().size());
        return result;
    }

    @Override
    public boolean delete(ReferenceId referenceId) {
        return Boolean.TRUE.equals(audited(
                "ABIS_DELETE",
                referenceId,
                () -> transactions.execute(status -> {
                    boolean deleted = store.delete(referenceId);
                    afterCommit(() -> gallery.get().remove(referenceId));
                    audit.success(MODULE, "ABIS_DELETE", referenceId.value(), deleted ? null : "not in the gallery");
                    return deleted;
                })));
    }

    @Override
    public long referenceCount() {
        try {
            return store.count();
        } catch (DataAccessException e) {
            throw new AbisException(AbisFailure.INTERNAL_ERROR, "The gallery cannot be read");
        }
    }

    @Override
    public long pendingJobs() {
        return 0;
    }

    @Override
    public boolean ping() {
        return gallery.loaded();
    }

    private static void afterCommit(Runnable action) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }

    /**
     * Runs an operation, turning storage and vault failures into {@code INTERNAL_ERROR} and auditing
     * every failure with its reason.
     */
    private <T> T audited(String action, @Nullable ReferenceId referenceId, Supplier<@Nullable T> operation) {
        String target = referenceId == null ? null : referenceId.value();
        try {
            return operation.get();
        } catch (AbisException e) {
            audit.failure(MODULE, action, target, e.failure().name());
            throw e;
        } catch (DataAccessException | KeysException e) {
            audit.failure(MODULE, action, target, AbisFailure.INTERNAL_ERROR.name());
            throw new AbisException(AbisFailure.INTERNAL_ERROR, "The gallery could not be read or written", e);
        } catch (RuntimeException e) {
            audit.failure(MODULE, action, target, AbisFailure.UNEXPECTED_ERROR.name());
            throw new AbisException(AbisFailure.UNEXPECTED_ERROR, "The request failed unexpectedly", e);
        }
    }
}
