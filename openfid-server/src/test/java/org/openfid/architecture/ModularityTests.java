package org.openfid.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openfid.OpenFidApplication;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private static final Path DOCS = Path.of("target", "spring-modulith-docs");

    private final ApplicationModules modules = ApplicationModules.of(OpenFidApplication.class);

    @Test
    void keepsEveryModuleWithinItsDeclaredDependencies() {
        modules.verify();
    }

    @Test
    void writesTheModuleDocumentation() throws IOException {
        deleteRecursively(DOCS);

        new Documenter(modules).writeDocumentation();

        List<String> written;
        try (Stream<Path> files = Files.list(DOCS)) {
            written = files.map(file -> file.getFileName().toString()).toList();
        }
        assertThat(written).contains("components.puml");
        for (ApplicationModule module : modules) {
            assertThat(written)
                    .as("documentation of module %s", module.getIdentifier())
                    .anyMatch(name -> name.startsWith("module-" + module.getIdentifier()));
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
