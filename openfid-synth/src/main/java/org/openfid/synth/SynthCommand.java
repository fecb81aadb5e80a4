package org.openfid.synth;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openfid.synth.PeopleOptions.UsageException;
import org.openfid.synth.people.PopulationSettings;
import org.openfid.synth.people.SyntheticPopulation;

/**
 * {@code ./openfid synth people --count N --seed S --out DIR}: writes a synthetic population to a new
 * folder. The folder appears complete or not at all: records are written to a sibling work folder
 * that is renamed at the end and deleted on failure.
 *
 * <p>Exit codes: 0 done, 1 the output could not be written, 2 bad arguments (with the usage).
 */
public final class SynthCommand {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    static final String USAGE_TEXT = """
            Usage: ./openfid synth people --count N --seed S --out DIR [options]

              --count N            records to write (1-10000000)
              --seed S             the population's seed: the same seed gives the same people, byte for byte
              --out DIR            a new (or empty) folder to write
              --duplicates SHARE   share of planted duplicates, in [0, 1) (default 0.05)
              --fingers MODE       none (default), png (images), iso (ISO/IEC 19794-4 records) or both
              --documents MODE     both (PNG and PDF, default), png, pdf or none (about 200 KB a person)
              --country DIR        the country folder (default: the demo country of the source tree)

            Writes DIR/people/<record>/ (identity.json, fingers.json, face.png, documents/*.png|pdf,
            fingers/*, individualBiometrics.xml with iso), DIR/truth.csv (which record duplicates which) and DIR/summary.json.
            """;

    /**
     * PDFBox warns once per standard font that this machine has no copy of it to render with; the
     * documents only name the font (viewers have it), so the warning is noise here. Held statically:
     * the logging framework keeps loggers weakly.
     */
    private static final Logger PDFBOX_FONTS = Logger.getLogger("org.apache.pdfbox.pdmodel.font");

    private SynthCommand() {}

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        PDFBOX_FONTS.setLevel(Level.SEVERE);
        System.exit(run(List.of(args), System.out, System.err));
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || List.of("help", "--help", "-h").contains(args.getFirst())) {
            (args.isEmpty() ? err : out).print(USAGE_TEXT);
            return args.isEmpty() ? USAGE : OK;
        }
        if (!args.getFirst().equals("people")) {
            return usage(err, "unknown synth command: " + args.getFirst());
        }
        PeopleOptions options;
        SyntheticPopulation population;
        try {
            options = PeopleOptions.parse(args.subList(1, args.size()));
            checkOutput(options.out());
            population = new SyntheticPopulation(
                    options.seed(),
                    PopulationSettings.demo(options.count())
                            .withDuplicateShare(options.duplicates())
                            .withCountryFolder(options.country()));
        } catch (UsageException | IllegalArgumentException e) {
            return usage(err, e.getMessage());
        }
        return export(population, options, out, err);
    }

    private static int export(SyntheticPopulation population, PeopleOptions options, PrintStream out, PrintStream err) {
        Path target = options.out().toAbsolutePath().normalize();
        Path work = target.resolveSibling(
                target.getFileName() + ".partial-" + ProcessHandle.current().pid());
        long started = System.nanoTime();
        try {
            var export = new PeopleExport(population, options);
            export.write(work, message -> err.println("synth: " + message));
            if (Files.isDirectory(target)) {
                Files.delete(target); // checked empty before
            }
            Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
            double seconds = (System.nanoTime() - started) / 1e9;
            out.printf(
                    "synth: wrote %d people (%d planted duplicates, fingers: %s) to %s in %.1f s%n",
                    population.count(),
                    population.plantedDuplicates().size(),
                    options.fingers().name().toLowerCase(Locale.ROOT),
                    target,
                    seconds);
            return OK;
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            deleteQuietly(work);
            err.println("synth: could not write " + target + ": " + e.getMessage());
            return FAILED;
        }
    }

    private static void checkOutput(Path out) throws UsageException {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UsageException("--out " + out + " is a file, not a folder");
        }
        if (Files.isDirectory(out)) {
            try (Stream<Path> entries = Files.list(out)) {
                if (entries.findAny().isPresent()) {
                    throw new UsageException("--out " + out + " exists and is not empty; choose a new folder");
                }
            } catch (IOException e) {
                throw new UsageException("--out " + out + " cannot be read: " + e.getMessage());
            }
        }
    }

    private static int usage(PrintStream err, String message) {
        err.println("synth: " + message);
        err.print(USAGE_TEXT);
        return USAGE;
    }

    private static void deleteQuietly(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // best effort: the work folder's name says it is partial
        }
    }
}
