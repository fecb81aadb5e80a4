package org.openfid.platform.blobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openfid.spi.blobs.BlobStoreException;

class FileBlobStoreTests {

    @TempDir
    Path folder;

    static final byte[] CONTENT = "sealed bytes".getBytes(StandardCharsets.UTF_8);

    @Test
    void storesReadsReplacesAndDeletesIdempotently() throws Exception {
        var store = new FileBlobStore(folder.resolve("blobs"));

        store.put("identity/abc/doc-1", CONTENT);
        store.put("identity/abc/doc-1", CONTENT);

        assertThat(store.exists("identity/abc/doc-1")).isTrue();
        assertThat(store.get("identity/abc/doc-1"))
                .hasValueSatisfying(v -> assertThat(v).isEqualTo(CONTENT));
        Path file = folder.resolve("blobs/identity/abc/doc-1");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");

        store.put("identity/abc/doc-1", "other".getBytes(StandardCharsets.UTF_8));
        assertThat(store.get("identity/abc/doc-1"))
                .hasValueSatisfying(
                        v -> assertThat(v).asString(StandardCharsets.UTF_8).isEqualTo("other"));

        assertThat(store.delete("identity/abc/doc-1")).isTrue();
        assertThat(store.delete("identity/abc/doc-1")).isFalse();
        assertThat(store.exists("identity/abc/doc-1")).isFalse();
    }

    @Test
    void aMissingBlobIsEmptyNotAnError() {
        var store = new FileBlobStore(folder);

        assertThat(store.get("nothing/here")).isEmpty();
        assertThat(store.exists("nothing/here")).isFalse();
    }

    @Test
    void leavesNoTemporaryFilesAndAFailedWriteKeepsTheOldContent() throws Exception {
        var store = new FileBlobStore(folder);
        store.put("a/b", CONTENT);
        try (Stream<Path> files = Files.list(folder.resolve("a"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("b");
        }

        // a folder where the file's parent should be makes the write fail; the first blob is untouched
        Files.writeString(folder.resolve("c"), "file, not folder");
        assertThatThrownBy(() -> store.put("c/d", CONTENT))
                .isInstanceOfSatisfying(
                        BlobStoreException.class,
                        e -> assertThat(e.reason()).isEqualTo(BlobStoreException.Reason.STORAGE_FAILURE));
        assertThat(store.get("a/b")).hasValueSatisfying(v -> assertThat(v).isEqualTo(CONTENT));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"../escape", "a/../../escape", "/etc/passwd", "a//b", ".hidden", "a/./b", "", "a\\b", "a/.."})
    void refusesKeysThatCouldLeaveTheStore(String key) {
        var store = new FileBlobStore(folder.resolve("blobs"));

        for (var call : java.util.List.<org.assertj.core.api.ThrowableAssert.ThrowingCallable>of(
                () -> store.put(key, CONTENT),
                () -> store.get(key),
                () -> store.exists(key),
                () -> store.delete(key))) {
            assertThatThrownBy(call)
                    .isInstanceOfSatisfying(
                            BlobStoreException.class,
                            e -> assertThat(e.reason()).isEqualTo(BlobStoreException.Reason.INVALID_KEY));
        }
        assertThat(folder.resolve("escape")).doesNotExist();
    }
}
