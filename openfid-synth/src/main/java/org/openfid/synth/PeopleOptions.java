package org.openfid.synth;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.openfid.synth.people.PopulationSettings;

/**
 * The arguments of {@code synth people}, checked before anything is written.
 *
 * @param count records to write
 * @param seed the population's seed
 * @param out the folder to create
 * @param duplicates the planted duplicate share
 * @param fingers which finger files to write
 * @param documents which document files to write
 * @param country the country folder
 */
record PeopleOptions(
        long count,
        long seed,
        Path out,
        double duplicates,
        FingerOutput fingers,
        DocumentOutput documents,
        Path country) {

    /** Document files per person: PNG and PDF (default), one of them, or none (large populations). */
    enum DocumentOutput {
        BOTH,
        PNG,
        PDF,
        NONE;

        boolean png() {
            return this == PNG || this == BOTH;
        }

        boolean pdf() {
            return this == PDF || this == BOTH;
        }
    }

    /** Finger files per person: none, PNG images, ISO/IEC 19794-4 records, or both. */
    enum FingerOutput {
        NONE,
        PNG,
        ISO,
        BOTH;

        boolean png() {
            return this == PNG || this == BOTH;
        }

        boolean iso() {
            return this == ISO || this == BOTH;
        }
    }

    /** A bad command line; the message says what to fix. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    static final long MAX_COUNT = 10_000_000;

    static PeopleOptions parse(List<String> args) throws UsageException {
        Long count = null;
        Long seed = null;
        Path out = null;
        double duplicates = PopulationSettings.DEFAULT_DUPLICATE_SHARE;
        FingerOutput fingers = FingerOutput.NONE;
        DocumentOutput documents = DocumentOutput.BOTH;
        Path country = null;
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            if (!option.startsWith("--")) {
                throw new UsageException("unexpected argument: " + option);
            }
            String value = valueOf(args, i++);
            switch (option) {
                case "--count" -> count = number(option, value);
                case "--seed" -> seed = number(option, value);
                case "--out" -> out = Path.of(value);
                case "--duplicates" -> duplicates = share(value);
                case "--fingers" -> fingers = fingerOutput(value);
                case "--documents" -> documents = documentOutput(value);
                case "--country" -> country = Path.of(value);
                default -> throw new UsageException("unknown option: " + option);
            }
        }
        if (count == null || seed == null || out == null) {
            throw new UsageException("--count, --seed and --out are required");
        }
        if (count < 1 || count > MAX_COUNT) {
            throw new UsageException("--count must be between 1 and " + MAX_COUNT + ", not " + count);
        }
        return new PeopleOptions(
                count, seed, out, duplicates, fingers, documents, country == null ? defaultCountry() : country);
    }

    /** The launcher names the checkout's demo country; otherwise it is looked for from here upwards. */
    private static Path defaultCountry() {
        String configured = System.getProperty("openfid.synth.country");
        return configured == null || configured.isBlank()
                ? PopulationSettings.demoCountryFolder()
                : Path.of(configured);
    }

    private static String valueOf(List<String> args, int i) throws UsageException {
        if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
            throw new UsageException(args.get(i) + " needs a value");
        }
        return args.get(i + 1);
    }

    private static long number(String option, String value) throws UsageException {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new UsageException(option + " must be a whole number, not '" + value + "'");
        }
    }

    private static double share(String value) throws UsageException {
        @Nullable Double share = null;
        try {
            share = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            // reported below
        }
        if (share == null || !(share >= 0 && share < 1)) {
            throw new UsageException("--duplicates must be a share in [0, 1), e.g. 0.05, not '" + value + "'");
        }
        return share;
    }

    private static DocumentOutput documentOutput(String value) throws UsageException {
        try {
            return DocumentOutput.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--documents must be both, png, pdf or none, not '" + value + "'");
        }
    }

    private static FingerOutput fingerOutput(String value) throws UsageException {
        try {
            return FingerOutput.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--fingers must be none, png, iso or both, not '" + value + "'");
        }
    }
}
