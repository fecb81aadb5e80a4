package org.openfid.masterdata.country;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openfid.masterdata.CentreId;
import org.openfid.masterdata.Language;
import org.openfid.masterdata.MasterdataError;
import org.openfid.masterdata.MasterdataException;
import org.openfid.masterdata.MasterdataTest;
import org.openfid.masterdata.ReferenceData;
import org.openfid.masterdata.reference.ReferenceStores;
import org.openfid.platform.CliCommand;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Country loading: the demo country on first start, a second load that changes nothing, a folder with
 * one bad file that loads nothing, and the {@code country load} command's exit codes.
 */
@MasterdataTest
class CountryLoaderTests {

    static final List<String> TABLES = List.of(
            "language",
            "location",
            "centre",
            "machine",
            "device",
            "staff",
            "document_category",
            "document_type",
            "template",
            "dynamic_field",
            "country");

    @Autowired
    CountryLoader loader;

    @Autowired
    ReferenceData reference;

    @Autowired
    ReferenceStores stores;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    List<CliCommand> commands;

    @Autowired
    FirstStartCountry firstStart;

    Path demo;

    @BeforeEach
    void copyDemo() {
        demo = BundledCountry.copy(getClass().getClassLoader());
    }

    @AfterEach
    void removeDemo() {
        BundledCountry.remove(demo);
    }

    @Test
    void theDemoCountryIsLoadedOnFirstStartAndRecorded() {
        assertThat(reference.languages()).extracting(Language::code).contains("eng", "ara");
        assertThat(reference.language("ara"))
                .hasValueSatisfying(ara -> assertThat(ara.rightToLeft()).isTrue());
        assertThat(reference.activeCentre(new CentreId("10003"))).isTrue();
        assertThat(reference.staffAt(new CentreId("10001"))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(reference.dynamicList("gender", "ara"))
                .hasValueSatisfying(values -> assertThat(values)
                        .extracting(ReferenceData.ListValue::code)
                        .containsExactly("MLE", "FLE", "OTH"));
        assertThat(reference.documentTypes("POA")).isNotEmpty();
        assertThat(reference.template("UIN_ISSUED_EMAIL", "ara")).isPresent();
        assertThat(jdbc.sql("SELECT source FROM masterdata.country WHERE name = 'Demoland'")
                        .query(String.class)
                        .single())
                .isEqualTo(BundledCountry.SOURCE);
    }

    @Test
    void loadingTheSameCountryAgainChangesNothing() {
        loader.load(demo, "test");
        Map<String, Long> before = counts();
        Map<String, Long> versions = versions();

        CountryLoader.LoadReport again = loader.load(demo, "test");

        assertThat(again.changed()).isZero();
        assertThat(again.sections())
                .extracting(CountryLoader.SectionResult::section)
                .contains("staff", "templates");
        assertThat(counts()).isEqualTo(before);
        assertThat(versions()).isEqualTo(versions);
    }

    @Test
    void aFolderWithOneBadFileLoadsNothingAndNamesTheFileAndItem() throws IOException {
        Files.writeString(demo.resolve("languages.json"), """
                [{"code": "eng", "name": "English", "nativeName": "English", "rightToLeft": false, "active": true},
                 {"code": "fra", "name": "French", "nativeName": "Français", "rightToLeft": false, "active": true}]
                """);
        String machines = Files.readString(demo.resolve("machines.json"));
        Files.writeString(demo.resolve("machines.json"), machines.replaceFirst("MFkw", "garbage"));
        Map<String, Long> before = counts();

        assertThatThrownBy(() -> loader.load(demo, "test"))
                .isInstanceOf(MasterdataException.class)
                .hasMessageContaining("machines.json: item 0: signingKey")
                .extracting(e -> ((MasterdataException) e).error())
                .isEqualTo(MasterdataError.INVALID_COUNTRY);
        assertThat(counts()).isEqualTo(before);
        assertThat(reference.language("fra")).isEmpty();
    }

    @Test
    void invalidFilesAreNamedWithTheFieldAtFault() throws IOException {
        Files.writeString(demo.resolve("staff.json"), "[{\"userId\": \"x1\", \"displayName\": \"X\", \"roles\": []}]");
        assertThatThrownBy(() -> loader.load(demo, "test")).hasMessageContaining("staff.json: item 0: roles");

        Files.writeString(demo.resolve("staff.json"), "[{\"userId\": \"x1\", \"colour\": \"blue\"}]");
        assertThatThrownBy(() -> loader.load(demo, "test")).hasMessageContaining("staff.json: item 0: colour");

        Files.writeString(demo.resolve("staff.json"), "{\"not\": \"an array\"");
        assertThatThrownBy(() -> loader.load(demo, "test")).hasMessageContaining("staff.json: not valid JSON");

        assertThatThrownBy(() -> loader.load(demo.resolve("missing"), "test")).hasMessageContaining("does not exist");
    }

    @Test
    void aRestartDoesNotLoadTheCountryAgain() throws Exception {
        var languages = stores.of(Language.class);
        Language ara = languages.get("ara");
        languages.update("ara", new Language("ara", "Arabic", "عربي", true, true, ara.version()));

        firstStart.run(null);

        assertThat(languages.get("ara").nativeName()).isEqualTo("عربي");
        languages.update("ara", new Language("ara", "Arabic", "العربية", true, true, ara.version() + 1));
    }

    @Test
    void theCommandLoadsAFolderAndExitsWithZeroOneOrTwo() throws IOException {
        CliCommand command = commands.stream()
                .filter(c -> c.name().equals("country load"))
                .findFirst()
                .orElseThrow();
        var printed = new ByteArrayOutputStream();
        var out = new PrintStream(printed, true, StandardCharsets.UTF_8);

        assertThat(command.run(List.of(demo.toString()), out)).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Country Demoland loaded");
        assertThat(command.run(List.of(), out)).isEqualTo(2);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Usage: openfid country load DIR");
        Files.writeString(demo.resolve("centres.json"), "[{\"id\": \"1\"}]");
        assertThat(command.run(List.of(demo.toString()), out)).isEqualTo(1);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("nothing was changed: centres.json: item 0");
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(
                    table,
                    jdbc.sql("SELECT count(*) FROM masterdata." + table)
                            .query(Long.class)
                            .single());
        }
        return counts;
    }

    private Map<String, Long> versions() {
        Map<String, Long> versions = new LinkedHashMap<>();
        for (String table : TABLES.subList(0, TABLES.size() - 1)) {
            versions.put(
                    table,
                    jdbc.sql("SELECT coalesce(sum(version), 0) FROM masterdata." + table)
                            .query(Long.class)
                            .single());
        }
        return versions;
    }
}
