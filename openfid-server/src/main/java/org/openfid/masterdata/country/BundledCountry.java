package org.openfid.masterdata.country;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The demo country shipped in the server's class path ({@code country/demo/}). Inside the packaged jar
 * its files are not a folder, so they are copied to a temporary folder for the loader.
 */
final class BundledCountry {

    static final String LOCATION = "country/demo/";
    static final String SOURCE = "classpath:" + LOCATION;

    private BundledCountry() {}

    /** Copies the demo country into a new temporary folder. */
    static Path copy(ClassLoader classLoader) {
        try {
            Path folder = Files.createTempDirectory("openfid-country-");
            var resolver = new PathMatchingResourcePatternResolver(classLoader);
            for (Resource file : resolver.getResources("classpath*:" + LOCATION + "*.json")) {
                try (InputStream in = file.getInputStream()) {
                    Files.copy(in, folder.resolve(String.valueOf(file.getFilename())));
                }
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled demo country cannot be read", e);
        }
    }

    /** Removes a folder made by {@link #copy}. */
    static void remove(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("The temporary country folder cannot be removed", e);
        }
    }
}
