package org.openfid.platform.blobs;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.openfid.spi.blobs.BlobStore;
import org.openfid.spi.blobs.BlobStoreException;

/**
 * Blobs as files under one root folder (by default {@code <openfid.data-dir>/blobs}). A write goes to
 * an owner-only temporary file in the target folder, is forced to disk and then renamed over the
 * target, which is atomic on POSIX file systems: a crash leaves the old file or the new one, never
 * half of one (at worst an orphaned {@code .tmp} file, which readers never see).
 */
public final class FileBlobStore implements BlobStore {

    private final Path root;

    public FileBlobStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The folder holding the blobs. */
    public Path root() {
        return root;
    }

    @Override
    public void put(String key, byte[] content) {
        Path target = resolve(key);
        Path temporary = null;
        try {
            Files.createDirectories(target.getParent());
            temporary = Files.createTempFile(
                    target.getParent(),
                    ".blob",
                    ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.write(temporary, content, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
            move(temporary, target);
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new BlobStoreException(
                    BlobStoreException.Reason.STORAGE_FAILURE,
                    "Cannot store blob: " + e.getClass().getSimpleName(),
                    e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the blob folder does not support atomic renames", e);
        }
    }

    @Override
    public Optional<byte[]> get(String key) {
        try {
            return Optional.of(Files.readAllBytes(resolve(key)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new BlobStoreException(
                    BlobStoreException.Reason.STORAGE_FAILURE,
                    "Cannot read blob: " + e.getClass().getSimpleName(),
                    e);
        }
    }

    @Override
    public boolean exists(String key) {
        return Files.isRegularFile(resolve(key));
    }

    @Override
    public boolean delete(String key) {
        try {
            return Files.deleteIfExists(resolve(key));
        } catch (IOException e) {
            throw new BlobStoreException(
                    BlobStoreException.Reason.STORAGE_FAILURE,
                    "Cannot delete blob: " + e.getClass().getSimpleName(),
                    e);
        }
    }

    /** The file of a key; the key shape already excludes traversal, the prefix check is a second guard. */
    private Path resolve(String key) {
        Path path = root.resolve(BlobStore.requireValidKey(key)).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new BlobStoreException(BlobStoreException.Reason.INVALID_KEY, "Blob key leaves the store");
        }
        return path;
    }

    private static void deleteQuietly(Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // the write failed already; an orphaned temporary file is harmless
            }
        }
    }
}
