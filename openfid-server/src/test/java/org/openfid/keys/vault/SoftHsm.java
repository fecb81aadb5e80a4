package org.openfid.keys.vault;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One real SoftHSM2 token for the whole test run. SoftHSM reads {@code SOFTHSM2_CONF} when the
 * library is first loaded, so the token is created before any PKCS#11 provider is configured; the
 * Maven build sets the variable (see the server pom). Missing SoftHSM is a failure, not a skip:
 * {@code .ci/run} installs it.
 */
public final class SoftHsm {

    /** What a test needs to open the token. */
    public record Token(String library, long slot, String pin) {}

    private static final List<String> LIBRARIES =
            List.of("/usr/lib/softhsm/libsofthsm2.so", "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so");
    private static Token shared;

    private SoftHsm() {}

    public static synchronized Token token() {
        if (shared == null) {
            shared = initialise();
        }
        return shared;
    }

    private static Token initialise() {
        String config = System.getenv("SOFTHSM2_CONF");
        if (config == null) {
            throw new IllegalStateException("SOFTHSM2_CONF is not set: run the tests through Maven (./openfid test)");
        }
        String library = LIBRARIES.stream()
                .filter(candidate -> Files.exists(Path.of(candidate)))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "SoftHSM2 is not installed: apt-get install softhsm2 (.ci/run does this)"));
        try {
            Path tokens = Path.of(config).getParent().resolve("tokens");
            deleteRecursively(tokens);
            Files.createDirectories(tokens);
            Files.writeString(
                    Path.of(config),
                    "directories.tokendir = " + tokens.toAbsolutePath()
                            + "\nobjectstore.backend = file\nlog.level = ERROR\n",
                    StandardCharsets.UTF_8);
            Process init = new ProcessBuilder(
                            "softhsm2-util",
                            "--init-token",
                            "--free",
                            "--label",
                            "openfid-test",
                            "--pin",
                            "1234",
                            "--so-pin",
                            "5678")
                    .redirectErrorStream(true)
                    .start();
            String output = new String(init.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (init.waitFor() != 0) {
                throw new IllegalStateException("softhsm2-util failed: " + output);
            }
            Matcher slot = Pattern.compile("slot (\\d+)").matcher(output);
            if (!slot.find()) {
                throw new IllegalStateException("Cannot read the token's slot from: " + output);
            }
            return new Token(library, Long.parseLong(slot.group(1)), "1234");
        } catch (IOException e) {
            throw new IllegalStateException("Cannot prepare SoftHSM2", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while initialising SoftHSM2", e);
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
