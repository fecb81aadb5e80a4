package org.openfid.synth;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import javax.imageio.ImageIO;
import org.openfid.spi.biometrics.BiometricSubtype;
import org.openfid.spi.biometrics.BiometricType;
import org.openfid.spi.biometrics.GrayscaleImage;
import org.openfid.spi.biometrics.SampleFormat;
import org.openfid.spi.biometrics.cbeff.BdbInfo;
import org.openfid.spi.biometrics.cbeff.BdbLevel;
import org.openfid.spi.biometrics.cbeff.BdbPurpose;
import org.openfid.spi.biometrics.cbeff.BdbType;
import org.openfid.spi.biometrics.cbeff.Bir;
import org.openfid.spi.biometrics.cbeff.CbeffDocument;
import org.openfid.spi.biometrics.cbeff.CbeffXml;
import org.openfid.spi.biometrics.cbeff.RegistryId;
import org.openfid.spi.biometrics.iso.FingerImageCompression;
import org.openfid.spi.biometrics.iso.FingerImageRecord;
import org.openfid.synth.documents.DocumentImages;
import org.openfid.synth.people.SyntheticPerson;
import org.openfid.synth.people.SyntheticPopulation;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a population to a folder: per record {@code identity.json} (the ID schema identity),
 * {@code fingers.json} (master finger ids and impression), {@code face.png}, {@code documents/} (PNG
 * and PDF) and optionally {@code fingers/} (PNG images, ISO/IEC 19794-4 records, with the records
 * also as CBEFF XML in {@code individualBiometrics.xml}); then
 * {@code truth.csv} (every record's subject and the record it duplicates) and {@code summary.json}.
 */
final class PeopleExport {

    static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final SyntheticPopulation population;
    private final PeopleOptions options;
    private final DocumentImages images = new DocumentImages();
    private final int digits;

    PeopleExport(SyntheticPopulation population, PeopleOptions options) {
        this.population = population;
        this.options = options;
        this.digits = Math.max(6, Long.toString(population.count() - 1).length());
    }

    /** Writes every record into {@code folder} (records in parallel) and reports progress. */
    void write(Path folder, Consumer<String> progress) throws IOException {
        Files.createDirectories(folder.resolve("people"));
        long count = population.count();
        long step = Math.max(1, count / 10);
        var done = new AtomicLong();
        try {
            LongStream.range(0, count).parallel().forEach(index -> {
                writePerson(folder.resolve("people").resolve(folderName(index)), population.person(index));
                long written = done.incrementAndGet();
                if (written % step == 0 && written < count) {
                    progress.accept(written + " of " + count + " people written");
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writeTruth(folder.resolve("truth.csv"));
        Files.writeString(folder.resolve("summary.json"), JSON.writeValueAsString(summary()), StandardCharsets.UTF_8);
    }

    String folderName(long index) {
        return String.format("%0" + digits + "d", index);
    }

    private void writePerson(Path dir, SyntheticPerson person) {
        try {
            Files.createDirectories(dir);
            write(dir.resolve("identity.json"), JSON.writeValueAsBytes(population.identity(person)));
            write(dir.resolve("fingers.json"), JSON.writeValueAsBytes(fingerIds(person)));
            write(dir.resolve("face.png"), images.facePng(person));
            writeDocuments(dir.resolve("documents"), person);
            if (options.fingers() != PeopleOptions.FingerOutput.NONE) {
                writeFingers(dir.resolve("fingers"), person);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeDocuments(Path dir, SyntheticPerson person) throws IOException {
        var wanted = options.documents();
        if (wanted == PeopleOptions.DocumentOutput.NONE) {
            return;
        }
        Files.createDirectories(dir);
        for (var document : person.documents()) {
            if (wanted.png() && wanted.pdf()) {
                var files = images.documentFiles(person, document);
                write(dir.resolve(document.fileStem() + ".png"), files.png());
                write(dir.resolve(document.fileStem() + ".pdf"), files.pdf());
            } else if (wanted.png()) {
                write(dir.resolve(document.fileStem() + ".png"), images.documentPng(person, document));
            } else {
                write(dir.resolve(document.fileStem() + ".pdf"), images.documentPdf(person, document));
            }
        }
    }

    private void writeFingers(Path dir, SyntheticPerson person) throws IOException {
        Files.createDirectories(dir);
        List<Bir> birs = new ArrayList<>();
        for (BiometricSubtype finger : BiometricSubtype.tenFingers()) {
            GrayscaleImage image = population.fingerImage(person, finger);
            if (options.fingers().png()) {
                write(dir.resolve(finger.attribute() + ".png"), png(image));
            }
            if (options.fingers().iso()) {
                byte[] record = FingerImageRecord.of(image, finger, FingerImageCompression.PNG)
                        .toBytes();
                write(dir.resolve(finger.attribute() + ".iso"), record);
                birs.add(Bir.of(bdbInfo(person, finger), record));
            }
        }
        if (!birs.isEmpty()) {
            write(dir.resolveSibling("individualBiometrics.xml"), CbeffXml.write(CbeffDocument.of(birs)));
        }
    }

    /**
     * The BDBInfo of an enrolment capture, reproducible: the block id is derived from the record and
     * finger, the capture time is the population's reference date. No quality is claimed: none was
     * measured (the enrolment measures it with the SDK).
     */
    private BdbInfo bdbInfo(SyntheticPerson person, BiometricSubtype finger) {
        String name = "openfid-synth:" + population.seed() + ":" + person.index() + ":" + finger.attribute();
        return new BdbInfo(
                UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)),
                new RegistryId(RegistryId.MOSIP, String.valueOf(SampleFormat.ISO_19794_4_2011.cbeffFormatType())),
                population
                        .settings()
                        .referenceDate()
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant(),
                BdbType.of(BiometricType.FINGER),
                finger,
                BdbLevel.RAW,
                BdbPurpose.ENROLL,
                null);
    }

    private ObjectNode fingerIds(SyntheticPerson person) {
        var node = JSON.createObjectNode();
        node.put("seed", population.seed());
        node.put("impression", person.fingerImpression());
        var ids = node.putObject("fingers");
        person.fingerIds().forEach((finger, id) -> ids.put(finger.attribute(), id));
        return node;
    }

    private void writeTruth(Path file) throws IOException {
        var csv = new StringBuilder("record,folder,subject,duplicate_of\n");
        for (long index = 0; index < population.count(); index++) {
            long subject = population.subjectOf(index);
            csv.append(index)
                    .append(',')
                    .append(folderName(index))
                    .append(',')
                    .append(subject)
                    .append(',');
            csv.append(subject == index ? "" : Long.toString(subject)).append('\n');
        }
        Files.writeString(file, csv, StandardCharsets.UTF_8);
    }

    ObjectNode summary() {
        var summary = JSON.createObjectNode();
        summary.put("seed", population.seed());
        summary.put("records", population.count());
        summary.put("duplicateShare", population.settings().duplicateShare());
        summary.put("plantedDuplicates", population.plantedDuplicates().size());
        summary.put("referenceDate", population.settings().referenceDate().toString());
        summary.put("fingers", options.fingers().name().toLowerCase(Locale.ROOT));
        summary.put("documents", options.documents().name().toLowerCase(Locale.ROOT));
        summary.put("synthetic", "Every person, document, face placeholder and fingerprint here is synthetic.");
        Map<String, Long> genders = new TreeMap<>();
        Map<String, Long> residence = new TreeMap<>();
        Map<String, Long> ages = new TreeMap<>();
        population.people().forEach(person -> {
            genders.merge(person.gender(), 1L, Long::sum);
            residence.merge(person.residenceStatus(), 1L, Long::sum);
            int age = person.ageOn(population.settings().referenceDate());
            ages.merge(age < 18 ? "0-17" : age < 65 ? "18-64" : "65+", 1L, Long::sum);
        });
        genders.forEach(summary.putObject("genders")::put);
        residence.forEach(summary.putObject("residenceStatus")::put);
        ages.forEach(summary.putObject("ages")::put);
        return summary;
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Files.write(file, bytes);
    }

    static byte[] png(GrayscaleImage image) {
        var buffered = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_BYTE_GRAY);
        buffered.getRaster().setDataElements(0, 0, image.width(), image.height(), image.pixels());
        var bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(buffered, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode a PNG image", e);
        }
        return bytes.toByteArray();
    }
}
