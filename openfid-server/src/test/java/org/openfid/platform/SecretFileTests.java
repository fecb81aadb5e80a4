package org.openfid.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretFileTests {

    @TempDir
    Path folder;

    @Test
    void generatesAnOwnerOnlySecretOnceAndReusesIt() throws Exception {
        Path file = folder.resolve("nested/secret");

        String first = SecretFile.readOrGenerate(file, 32);

        assertThat(first).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(SecretFile.readOrGenerate(file, 32)).isEqualTo(first);
        assertThat(SecretFile.readOrGenerate(folder.resolve("other"), 32)).isNotEqualTo(first);
    }
}
