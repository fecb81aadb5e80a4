package org.openfid.identity.record;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.openfid.identity.IdentityDocument;
import org.openfid.identity.IdentityError;
import org.openfid.identity.IdentityException;
import org.openfid.identity.IdentityId;
import org.openfid.spi.blobs.BlobStore;
import org.openfid.spi.blobs.BlobStoreException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Documents and biometric records in the blob store: sealed before they leave the process, under
 * random keys that say nothing about the person, with the SHA-256 of the stored bytes kept in the
 * database to detect a swapped or damaged file. A blob written by a transaction that rolls back is
 * deleted again.
 */
@Component
public class DocumentVault {

    private final BlobStore blobs;
    private final RecordSealer sealer;

    DocumentVault(BlobStore blobs, RecordSealer sealer) {
        this.blobs = blobs;
        this.sealer = sealer;
    }

    /** A stored blob: where it is and the hash of its stored bytes. */
    public record StoredBlob(String category, String key, String contentHash) {}

    public StoredBlob put(IdentityId identity, IdentityDocument document) {
        String key = "identity/" + UUID.randomUUID();
        byte[] stored = sealer.seal(RecordSealer.DOCUMENT_DATA, document.content(), aad(key, document.category()));
        try {
            blobs.put(key, stored);
        } catch (BlobStoreException e) {
            throw new IdentityException(IdentityError.FILE_STORAGE_ACCESS_ERROR, "A document could not be stored", e);
        }
        deleteOnRollback(key);
        return new StoredBlob(document.category(), key, sha256(stored));
    }

    public IdentityDocument get(StoredBlob blob, boolean sealed) {
        byte[] stored;
        try {
            stored = blobs.get(blob.key())
                    .orElseThrow(
                            () -> new IdentityException(IdentityError.FILE_NOT_FOUND, "A stored document is missing"));
        } catch (BlobStoreException e) {
            throw new IdentityException(IdentityError.FILE_STORAGE_ACCESS_ERROR, "A document could not be read", e);
        }
        if (!sha256(stored).equals(blob.contentHash())) {
            throw new IdentityException(IdentityError.FILE_STORAGE_ACCESS_ERROR, "A stored document was altered");
        }
        return new IdentityDocument(
                blob.category(),
                sealer.open(RecordSealer.DOCUMENT_DATA, stored, sealed, aad(blob.key(), blob.category())));
    }

    private static String aad(String key, String category) {
        return "blob:" + key + ":" + category;
    }

    private void deleteOnRollback(String key) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        blobs.delete(key);
                    }
                }
            });
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
