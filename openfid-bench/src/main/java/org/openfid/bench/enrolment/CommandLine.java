package org.openfid.bench.enrolment;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** The options of {@code ./openfid enrol --synthetic}, from arguments and the environment. */
final class CommandLine {

    static final String USAGE = "usage: ./openfid enrol --synthetic N [--duplicates K] [--seed S] [--url URL]"
            + " [--account NAME:PASSWORD]";

    private CommandLine() {}

    static SyntheticEnrolment.Options options(String[] args) {
        Integer count = null;
        int duplicates = 0;
        long seed = 2026;
        String url = null;
        String account = System.getenv("OPENFID_ENROL_ACCOUNT");
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--synthetic" -> count = number(args[i], value);
                case "--duplicates" -> duplicates = number(args[i], value);
                case "--seed" -> seed = number(args[i], value);
                case "--url" -> url = required(args[i], value);
                case "--account" -> account = required(args[i], value);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
            i++;
        }
        if (count == null || count < 1) {
            throw new IllegalArgumentException("--synthetic N (at least 1) is required");
        }
        if (duplicates >= count) {
            throw new IllegalArgumentException("--duplicates must be smaller than N");
        }
        if (account == null || !account.contains(":")) {
            throw new IllegalArgumentException(
                    "a REGISTRATION_CLIENT service account is needed: --account NAME:PASSWORD"
                            + " or OPENFID_ENROL_ACCOUNT");
        }
        Path dataDir = Path.of(env("OPENFID_DATA_DIR", "openfid-data")).toAbsolutePath();
        URI base = URI.create(url != null ? url : "http://localhost:" + env("OPENFID_PORT", "8080") + "/");
        int colon = account.indexOf(':');
        return new SyntheticEnrolment.Options(
                count,
                duplicates,
                seed,
                base,
                dataDir,
                PlatformClient.basic("admin", adminPassword(dataDir)),
                PlatformClient.basic(account.substring(0, colon), account.substring(colon + 1)),
                Duration.ofMinutes(3));
    }

    private static String adminPassword(Path dataDir) {
        String password = System.getenv("OPENFID_ADMIN_PASSWORD");
        if (password != null && !password.isBlank()) {
            return password;
        }
        Path file = dataDir.resolve("admin-password");
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new IllegalArgumentException(
                    "the administrator's password is needed: OPENFID_ADMIN_PASSWORD or " + file);
        }
    }

    private static int number(String option, @Nullable String value) {
        try {
            return Integer.parseInt(required(option, value));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number");
        }
    }

    private static String required(String option, @Nullable String value) {
        if (value == null || value.startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
