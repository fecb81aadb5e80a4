package org.openfid.packet.synthetic;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openfid.packet.BiometricField;
import org.openfid.packet.FieldCategory;
import org.openfid.packet.Operator;
import org.openfid.packet.PacketDocument;
import org.openfid.packet.PacketProcess;
import org.openfid.packet.RegistrationPacket;
import org.openfid.spi.biometrics.BiometricSubtype;
import org.openfid.spi.biometrics.GrayscaleImage;
import org.openfid.spi.biometrics.SampleFormat;
import org.openfid.spi.biometrics.cbeff.BdbInfo;
import org.openfid.spi.biometrics.cbeff.Bir;
import org.openfid.spi.biometrics.cbeff.CbeffDocument;
import org.openfid.spi.biometrics.iso.FingerImageCompression;
import org.openfid.spi.biometrics.iso.FingerImageRecord;
import org.openfid.synth.documents.DocumentImages;
import org.openfid.synth.people.SyntheticDocument;
import org.openfid.synth.people.SyntheticPerson;
import org.openfid.synth.people.SyntheticPopulation;
import tools.jackson.databind.JsonNode;

/**
 * Builds the registration packet a station would make for a synthetic person: the person's identity
 * fields by schema category, PDF documents, and an ISO 19794-4 image per captured finger in the
 * CBEFF of {@code individualBiometrics}. Deterministic for a population seed and person.
 */
public final class SyntheticPackets {

    /** All ten fingers, in MOSIP's order. */
    public static final List<BiometricSubtype> TEN_FINGERS = List.of(
            BiometricSubtype.RIGHT_THUMB,
            BiometricSubtype.RIGHT_INDEX,
            BiometricSubtype.RIGHT_MIDDLE,
            BiometricSubtype.RIGHT_RING,
            BiometricSubtype.RIGHT_LITTLE,
            BiometricSubtype.LEFT_THUMB,
            BiometricSubtype.LEFT_INDEX,
            BiometricSubtype.LEFT_MIDDLE,
            BiometricSubtype.LEFT_RING,
            BiometricSubtype.LEFT_LITTLE);

    private static final int DECLARED_QUALITY = 70;

    private final SyntheticPopulation population;
    private final DocumentImages images = new DocumentImages();

    public SyntheticPackets(SyntheticPopulation population) {
        this.population = population;
    }

    /**
     * Where and by whom a packet was made.
     *
     * @param rid the registration id
     * @param process the flow
     * @param centreId the centre
     * @param machineId the machine that signs the packet
     * @param createdAt the station's time of creation (UTC)
     * @param officerId the registration officer's user id
     * @param supervisorId the supervisor's user id, if one approved at the station
     */
    public record Registration(
            String rid,
            PacketProcess process,
            String centreId,
            String machineId,
            LocalDateTime createdAt,
            String officerId,
            @Nullable String supervisorId) {}

    /** The packet of {@code person} with images of {@code fingers}. */
    public RegistrationPacket packet(
            SyntheticPerson person, Registration registration, List<BiometricSubtype> fingers) {
        return builder(person, registration, fingers).build();
    }

    /**
     * The builder of that packet, filled, for callers that change it before building: a field given
     * again replaces the person's value (a child's date of birth, an introducer, a broken value),
     * and with no {@code fingers} the caller adds its own biometrics.
     */
    public RegistrationPacket.Builder builder(
            SyntheticPerson person, Registration registration, List<BiometricSubtype> fingers) {
        var builder = RegistrationPacket.builder(registration.rid(), registration.process())
                .centre(registration.centreId(), registration.machineId())
                .createdAt(registration.createdAt())
                .officer(new Operator(registration.officerId(), null))
                .audit(Map.of("eventId", "REG-EVT-001", "moduleName", "Registration"));
        if (registration.supervisorId() != null) {
            builder.supervisor(new Operator(registration.supervisorId(), null));
        }
        addFields(builder, population.identity(person));
        for (SyntheticDocument document : person.documents()) {
            builder.document(new PacketDocument(
                    document.field(),
                    "pdf",
                    document.type(),
                    document.field(),
                    document.number(),
                    images.documentPdf(person, document),
                    FieldCategory.EVIDENCE));
        }
        if (!fingers.isEmpty()) {
            Instant captured = registration.createdAt().toInstant(ZoneOffset.UTC);
            var birs = fingers.stream().map(f -> bir(person, f, captured)).toList();
            builder.biometrics(new BiometricField("individualBiometrics", CbeffDocument.of(birs), FieldCategory.PVT));
        }
        return builder;
    }

    private static void addFields(RegistrationPacket.Builder builder, JsonNode identity) {
        for (var property : identity.properties()) {
            JsonNode value = property.getValue();
            boolean reference = value.isObject() && value.has("format");
            if (!reference && !property.getKey().equals("IDSchemaVersion")) {
                builder.field(property.getKey(), value, category(property.getKey()));
            }
        }
    }

    private Bir bir(SyntheticPerson person, BiometricSubtype finger, Instant captured) {
        return fingerBir(finger, population.fingerImage(person, finger), captured);
    }

    /**
     * The BIR a station writes for one finger image (ISO 19794-4, PNG-compressed), for callers that
     * add captures of their own (for example a degraded image) to {@link #builder}'s packet.
     */
    public static Bir fingerBir(BiometricSubtype finger, GrayscaleImage image, Instant captured) {
        return fingerBir(finger, image, captured, DECLARED_QUALITY);
    }

    /**
     * The same with the quality the capture device measured (0-100), as a station that scores every
     * capture and re-captures poor ones declares it.
     */
    public static Bir fingerBir(BiometricSubtype finger, GrayscaleImage image, Instant captured, int quality) {
        var info = BdbInfo.enrolment(
                UUID.nameUUIDFromBytes(finger.name().getBytes(StandardCharsets.UTF_8)),
                SampleFormat.ISO_19794_4_2011,
                finger,
                captured,
                quality);
        byte[] record =
                FingerImageRecord.of(image, finger, FingerImageCompression.PNG).toBytes();
        return Bir.of(info, record);
    }

    /** The schema category of a field of the synthetic country's schema. */
    private static FieldCategory category(String field) {
        return switch (field) {
            case "phone", "email" -> FieldCategory.OPTIONAL;
            case "residenceStatus", "preferredLang" -> FieldCategory.NONE;
            default -> FieldCategory.PVT;
        };
    }
}
