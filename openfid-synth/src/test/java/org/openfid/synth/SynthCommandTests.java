package org.openfid.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openfid.spi.biometrics.BiometricSubtype;
import org.openfid.spi.biometrics.cbeff.CbeffXml;
import org.openfid.spi.biometrics.iso.FingerImageRecord;

class SynthCommandTests {

    static final String DEMO = "../openfid-server/src/main/resources/country/demo";

    @TempDir
    Path temp;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        return SynthCommand.run(
                List.of(args),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    List<String> people(Path folder, String seed) {
        return people(folder, seed, 8);
    }

    List<String> people(Path folder, String seed, int count) {
        return List.of(
                "people",
                "--count",
                Integer.toString(count),
                "--seed",
                seed,
                "--out",
                folder.toString(),
                "--duplicates",
                "0.4",
                "--country",
                DEMO);
    }

    @Test
    void writes_identities_documents_faces_truth_and_summary() throws IOException {
        Path folder = temp.resolve("population");
        assertThat(run(people(folder, "5").toArray(String[]::new))).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("wrote 8 people");
        List<String> truth = Files.readAllLines(folder.resolve("truth.csv"));
        assertThat(truth).hasSize(9).first().isEqualTo("record,folder,subject,duplicate_of");
        long duplicates =
                truth.stream().skip(1).filter(line -> !line.endsWith(",")).count();
        var summary = PeopleExport.JSON.readTree(folder.resolve("summary.json").toFile());
        assertThat(summary.path("records").asLong()).isEqualTo(8);
        assertThat(summary.path("plantedDuplicates").asLong()).isEqualTo(duplicates);
        for (int i = 0; i < 8; i++) {
            Path person = folder.resolve("people").resolve(String.format("%06d", i));
            var identity =
                    PeopleExport.JSON.readTree(person.resolve("identity.json").toFile());
            assertThat(identity.path("fullName").get(1).path("language").asString())
                    .isEqualTo("ara");
            assertThat(person.resolve("face.png")).isNotEmptyFile();
            assertThat(person.resolve("fingers.json")).isNotEmptyFile();
            String poi = identity.path("proofOfIdentity").path("type").asString();
            assertThat(person.resolve("documents").resolve("proofOfIdentity-" + poi + ".pdf"))
                    .isNotEmptyFile();
            assertThat(person.resolve("documents").resolve("proofOfIdentity-" + poi + ".png"))
                    .isNotEmptyFile();
            assertThat(person.resolve("fingers")).doesNotExist();
        }
        assertThat(Files.list(temp).map(p -> p.getFileName().toString())).containsExactly("population");
    }

    @Test
    void the_same_seed_writes_the_same_bytes_and_another_seed_does_not() throws IOException {
        assertThat(run(people(temp.resolve("a"), "9", 4).toArray(String[]::new)))
                .isZero();
        assertThat(run(people(temp.resolve("b"), "9", 4).toArray(String[]::new)))
                .isZero();
        assertThat(run(people(temp.resolve("c"), "10", 1).toArray(String[]::new)))
                .isZero();
        List<Path> files = files(temp.resolve("a"));
        assertThat(files).hasSize(files(temp.resolve("b")).size());
        for (Path file : files) {
            assertThat(temp.resolve("b").resolve(file))
                    .hasSameBinaryContentAs(temp.resolve("a").resolve(file));
        }
        assertThat(Files.readString(temp.resolve("c/people/000000/identity.json")))
                .isNotEqualTo(Files.readString(temp.resolve("a/people/000000/identity.json")));
    }

    @Test
    void writes_finger_images_and_iso_records_when_asked() throws IOException {
        Path folder = temp.resolve("fingers");
        int status = run(
                "people",
                "--count",
                "1",
                "--seed",
                "2",
                "--out",
                folder.toString(),
                "--fingers",
                "both",
                "--country",
                DEMO);
        assertThat(status).isZero();
        Path fingers = folder.resolve("people/000000/fingers");
        for (var finger : BiometricSubtype.tenFingers()) {
            assertThat(fingers.resolve(finger.attribute() + ".png")).isNotEmptyFile();
            var record = FingerImageRecord.read(Files.readAllBytes(fingers.resolve(finger.attribute() + ".iso")));
            assertThat(record.first().subtype()).hasValue(finger);
        }
        var cbeff = CbeffXml.read(Files.readAllBytes(folder.resolve("people/000000/individualBiometrics.xml")));
        assertThat(cbeff.birs()).hasSize(10);
        for (var finger : BiometricSubtype.tenFingers()) {
            assertThat(cbeff.find(finger).orElseThrow().bdb())
                    .isEqualTo(Files.readAllBytes(fingers.resolve(finger.attribute() + ".iso")));
        }
    }

    @Test
    void writes_only_the_document_files_asked_for() throws IOException {
        Path png = temp.resolve("png");
        Path none = temp.resolve("none");
        assertThat(run(
                        "people",
                        "--count",
                        "2",
                        "--seed",
                        "4",
                        "--out",
                        png.toString(),
                        "--documents",
                        "png",
                        "--country",
                        DEMO))
                .isZero();
        assertThat(run(
                        "people",
                        "--count",
                        "2",
                        "--seed",
                        "4",
                        "--out",
                        none.toString(),
                        "--documents",
                        "none",
                        "--country",
                        DEMO))
                .isZero();
        assertThat(files(png))
                .anyMatch(f -> f.toString().endsWith(".png") && f.startsWith("people/000000/documents"))
                .noneMatch(f -> f.toString().endsWith(".pdf"));
        assertThat(none.resolve("people/000000/documents")).doesNotExist();
        assertThat(none.resolve("people/000000/identity.json")).isNotEmptyFile();
    }

    static Stream<Arguments> badArguments() {
        return Stream.of(
                Arguments.of(List.of(), "Usage"),
                Arguments.of(List.of("persons"), "unknown synth command: persons"),
                Arguments.of(List.of("people"), "--count, --seed and --out are required"),
                Arguments.of(
                        List.of("people", "--count", "0", "--seed", "1", "--out", "OUT"), "--count must be between"),
                Arguments.of(List.of("people", "--count", "ten", "--seed", "1", "--out", "OUT"), "whole number"),
                Arguments.of(List.of("people", "--count", "3", "--seed", "1", "--out"), "--out needs a value"),
                Arguments.of(
                        List.of("people", "--count", "3", "--seed", "1", "--out", "OUT", "--duplicates", "1.5"),
                        "--duplicates must be a share"),
                Arguments.of(
                        List.of("people", "--count", "3", "--seed", "1", "--out", "OUT", "--fingers", "jpeg"),
                        "--fingers must be none, png, iso or both"),
                Arguments.of(
                        List.of("people", "--count", "3", "--seed", "1", "--out", "OUT", "--documents", "tiff"),
                        "--documents must be both, png, pdf or none"),
                Arguments.of(
                        List.of("people", "--count", "3", "--seed", "1", "--out", "OUT", "--colour", "red"),
                        "unknown option: --colour"),
                Arguments.of(
                        List.of("people", "--count", "3", "--seed", "1", "--out", "OUT", "--country", "/nowhere"),
                        "No country folder at /nowhere"),
                Arguments.of(
                        List.of("people", "--count", "3", "--seed", "1", "--out", "FULL"), "exists and is not empty"));
    }

    @ParameterizedTest
    @MethodSource("badArguments")
    void bad_arguments_exit_with_2_and_the_usage_and_write_nothing(List<String> args, String message)
            throws IOException {
        Files.createDirectories(temp.resolve("FULL"));
        Files.writeString(temp.resolve("FULL/keep.txt"), "mine");
        List<String> resolved = args.stream()
                .map(a -> a.equals("OUT") || a.equals("FULL") ? temp.resolve(a).toString() : a)
                .toList();
        assertThat(run(resolved.toArray(String[]::new))).isEqualTo(2);
        String errors = err.toString(StandardCharsets.UTF_8);
        assertThat(errors).contains(message).contains("Usage: ./openfid synth people");
        assertThat(temp.resolve("OUT")).doesNotExist();
        assertThat(Files.list(temp).map(p -> p.getFileName().toString())).containsExactly("FULL");
        assertThat(temp.resolve("FULL/keep.txt")).hasContent("mine");
    }

    private static List<Path> files(Path root) throws IOException {
        List<Path> files = new ArrayList<>();
        try (var walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).forEach(f -> files.add(root.relativize(f)));
        }
        return files;
    }
}
