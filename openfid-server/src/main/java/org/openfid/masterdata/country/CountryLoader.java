package org.openfid.masterdata.country;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.openfid.masterdata.MasterdataError;
import org.openfid.masterdata.MasterdataException;
import org.openfid.masterdata.reference.RecordBinding;
import org.openfid.platform.AuditRecorder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Loads a country folder: every {@link CountrySection} in order, inside ONE transaction, so a folder
 * with one bad file loads nothing. Sections skip unchanged records, so loading the same folder
 * again changes nothing. The loaded country is recorded, so a restart does not load it again.
 */
@Service
public class CountryLoader {

    /** The optional file naming the country: {@code {"name": "..."}}; the folder name otherwise. */
    public static final String COUNTRY_FILE = "country.json";

    private static final String MODULE = "masterdata";
    private static final String ACTION = "COUNTRY_LOADED";

    private final List<CountrySection> sections;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final AuditRecorder audit;
    private final Clock clock;

    CountryLoader(
            List<CountrySection> sections,
            TransactionTemplate transactions,
            JdbcClient jdbc,
            AuditRecorder audit,
            Clock clock) {
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(CountrySection::order))
                .toList();
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a load did: records created or changed per section, in load order. */
    public record LoadReport(String country, List<SectionResult> sections) {

        /** Records created or changed in all sections. */
        public int changed() {
            return sections.stream().mapToInt(SectionResult::changed).sum();
        }
    }

    /** One section's share of a load. */
    public record SectionResult(String section, int changed) {}

    /** Whether any country has been loaded into this platform. */
    public boolean anyLoaded() {
        return jdbc.sql("SELECT count(*) FROM masterdata.country")
                        .query(Long.class)
                        .single()
                > 0;
    }

    /**
     * Loads {@code folder}; {@code source} says where it came from (a path, or the bundled demo).
     *
     * @throws MasterdataException {@code INVALID_COUNTRY} naming the file and item at fault; nothing
     *     was changed
     */
    public LoadReport load(Path folder, String source) {
        String name = countryName(folder);
        try {
            return Objects.requireNonNull(transactions.execute(status -> {
                List<SectionResult> results = new ArrayList<>();
                for (CountrySection section : sections) {
                    results.add(new SectionResult(section.name(), section.load(folder)));
                }
                var report = new LoadReport(name, List.copyOf(results));
                record(name, source, report.changed());
                audit.success(MODULE, ACTION, null, "changed=" + report.changed());
                return report;
            }));
        } catch (MasterdataException e) {
            audit.failure(MODULE, ACTION, null, e.code());
            throw e.error() == MasterdataError.INVALID_COUNTRY
                    ? e
                    : new MasterdataException(MasterdataError.INVALID_COUNTRY, e.getMessage());
        }
    }

    /** Records the load; a load that changed nothing of a known country leaves even its timestamp alone. */
    private void record(String name, String source, int changed) {
        boolean known = jdbc.sql("SELECT count(*) FROM masterdata.country WHERE name = :name")
                        .param("name", name)
                        .query(Long.class)
                        .single()
                > 0;
        if (known && changed == 0) {
            return;
        }
        jdbc.sql("""
                INSERT INTO masterdata.country (name, source, loaded_at) VALUES (:name, :source, :at)
                ON CONFLICT (name) DO UPDATE SET source = EXCLUDED.source, loaded_at = EXCLUDED.loaded_at""")
                .param("name", name)
                .param("source", source)
                .param("at", java.sql.Timestamp.from(clock.instant()))
                .update();
    }

    private static String countryName(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new MasterdataException(MasterdataError.INVALID_COUNTRY, "The country folder does not exist");
        }
        try (Stream<Path> files = Files.list(folder)) {
            if (files.noneMatch(file -> file.getFileName().toString().endsWith(".json"))) {
                throw new MasterdataException(MasterdataError.INVALID_COUNTRY, "The folder holds no country files");
            }
        } catch (IOException e) {
            throw new MasterdataException(MasterdataError.INVALID_COUNTRY, "The country folder cannot be read");
        }
        Path file = folder.resolve(COUNTRY_FILE);
        if (!Files.isRegularFile(file)) {
            return String.valueOf(folder.toAbsolutePath().normalize().getFileName());
        }
        try {
            JsonNode name = RecordBinding.json().readTree(file.toFile()).path("name");
            if (!name.isString() || name.asString().isBlank()) {
                throw new MasterdataException(
                        MasterdataError.INVALID_COUNTRY, COUNTRY_FILE + ": field name must be a non-blank text");
            }
            return name.asString();
        } catch (JacksonException e) {
            throw new MasterdataException(MasterdataError.INVALID_COUNTRY, COUNTRY_FILE + ": not valid JSON");
        }
    }
}
