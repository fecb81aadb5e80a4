package org.openfid.masterdata.country;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.openfid.masterdata.MasterdataException;
import org.openfid.platform.CliCommand;
import org.springframework.stereotype.Component;

/**
 * {@code ./openfid country load DIR}: loads a country folder and prints what changed per section.
 * Exit codes: 0 loaded (or already up to date), 1 the folder is invalid and nothing was changed, 2
 * misused.
 */
@Component
class CountryLoadCommand implements CliCommand {

    static final int LOADED = 0;
    static final int INVALID = 1;
    static final int USAGE = 2;

    private final CountryLoader loader;

    CountryLoadCommand(CountryLoader loader) {
        this.loader = loader;
    }

    @Override
    public String name() {
        return "country load";
    }

    @Override
    public String summary() {
        return "Load a country folder (schema, languages, locations, centres, ...) in one transaction";
    }

    @Override
    public int run(List<String> arguments, PrintStream out) {
        if (arguments.size() != 1) {
            out.println("Usage: openfid country load DIR");
            return USAGE;
        }
        Path folder = Path.of(arguments.getFirst()).toAbsolutePath().normalize();
        CountryLoader.LoadReport report;
        try {
            report = loader.load(folder, folder.toString());
        } catch (MasterdataException e) {
            out.println("Country not loaded, nothing was changed: " + e.getMessage());
            return INVALID;
        }
        out.println("Country " + report.country() + " loaded from " + folder);
        report.sections().forEach(section -> out.printf("  %-22s %d changed%n", section.section(), section.changed()));
        out.println(
                report.changed() == 0
                        ? "  result: already up to date, nothing changed"
                        : "  result: " + report.changed() + " records created or changed");
        return LOADED;
    }
}
