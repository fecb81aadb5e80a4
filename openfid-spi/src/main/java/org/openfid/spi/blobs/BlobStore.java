package org.openfid.spi.blobs;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A store of immutable-by-convention blobs addressed by key. Implementations must be safe for
 * concurrent use, write atomically (a reader sees the whole old blob, the whole new one or none) and
 * make every operation idempotent, so a retried step of a pipeline is harmless.
 *
 * <p>Keys are one or more {@code /}-separated segments of {@code A-Z a-z 0-9 _ -} and dots (a segment
 * starting with a letter, digit, {@code _} or {@code -}); anything else, such as {@code ..} or an
 * absolute path, is refused, so no key can address a location outside the store.
 *
 * @since 0.2
 */
public interface BlobStore {

    /** The shape every key must have. */
    Pattern KEY = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}(/[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}){0,7}");

    /**
     * Stores {@code content} under {@code key}, replacing what was there. Atomic: on failure the old
     * content (or nothing) remains.
     *
     * @throws BlobStoreException {@code INVALID_KEY} or {@code STORAGE_FAILURE}
     */
    void put(String key, byte[] content);

    /** The content under {@code key}, or empty if there is none. */
    Optional<byte[]> get(String key);

    /** Whether something is stored under {@code key}. */
    boolean exists(String key);

    /**
     * Removes the blob under {@code key}.
     *
     * @return whether something was removed (deleting a missing blob is not an error)
     */
    boolean delete(String key);

    /**
     * Checks a key against {@link #KEY}.
     *
     * @throws BlobStoreException with {@link BlobStoreException.Reason#INVALID_KEY} otherwise
     */
    static String requireValidKey(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new BlobStoreException(BlobStoreException.Reason.INVALID_KEY, "Blob key has an invalid shape");
        }
        return key;
    }
}
