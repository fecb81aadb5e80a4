package org.openfid.masterdata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.openfid.masterdata.reference.ReferenceStores;

/**
 * Valid records for tests, each with a fresh key so tests sharing one database do not collide. The
 * keys and the certificate are real (generated once with openssl; public halves only).
 */
public final class Samples {

    public static final String SIGNING_KEY = resource("signing.pem");
    public static final String ENCRYPTION_KEY = resource("encryption.pem");
    public static final String DEVICE_CERTIFICATE = resource("device.crt");

    private static final AtomicInteger SEQUENCE = new AtomicInteger(50_000);

    private Samples() {}

    /** A fresh five-digit id above the demo country's. */
    public static String fiveDigits() {
        return String.valueOf(SEQUENCE.incrementAndGet());
    }

    public static String code(String prefix) {
        return prefix + SEQUENCE.incrementAndGet();
    }

    public static Map<String, String> names(String english) {
        return Map.of("eng", english, "ara", "اسم " + english);
    }

    public static Location location(String code, LocationLevel level, String parent) {
        return new Location(code, level, parent, names("Place " + code), true, 0);
    }

    public static Centre centre(String id, String location) {
        return new Centre(
                id,
                names("Centre " + id),
                names("1 Main Street"),
                location,
                34.02,
                -6.83,
                "Africa/Casablanca",
                Map.of(DayOfWeek.MONDAY, new WorkingHours(LocalTime.of(8, 0), LocalTime.of(16, 30))),
                List.of(new Holiday(LocalDate.of(2026, 1, 1), names("New Year"))),
                true,
                0);
    }

    /**
     * Creates the demo languages (once), a fresh location chain down to a zone, an active centre and
     * one machine there; returns {centre id, machine id}.
     */
    public static String[] centreWithMachine(ReferenceStores stores, boolean machineActive) {
        var languages = stores.of(Language.class);
        if (languages.find("eng").isEmpty()) {
            languages.create(new Language("eng", "English", "English", false, true, 0));
        }
        if (languages.find("ara").isEmpty()) {
            languages.create(new Language("ara", "Arabic", "العربية", true, true, 0));
        }
        String parent = null;
        for (LocationLevel level : LocationLevel.values()) {
            if (level.ordinal() > LocationLevel.ZONE.ordinal()) {
                break;
            }
            String code = code(level.name().substring(0, 1));
            stores.of(Location.class).create(location(code, level, parent));
            parent = code;
        }
        String centre = fiveDigits();
        String machine = fiveDigits();
        stores.of(Centre.class).create(centre(centre, parent));
        Machine sample = machine(machine, centre);
        stores.of(Machine.class)
                .create(new Machine(
                        sample.id(),
                        sample.name(),
                        sample.serial(),
                        sample.centreId(),
                        sample.signingKey(),
                        null,
                        sample.encryptionKey(),
                        null,
                        machineActive,
                        0));
        return new String[] {centre, machine};
    }

    public static Machine machine(String id, String centre) {
        return new Machine(id, "Station " + id, "SN-" + id, centre, SIGNING_KEY, null, ENCRYPTION_KEY, null, true, 0);
    }

    public static Device device(String id, String centre) {
        return new Device(
                id,
                "Acme",
                "Finger 4",
                "SER-" + id,
                DeviceType.FINGER,
                "Acme Devices",
                DEVICE_CERTIFICATE,
                null,
                centre,
                true,
                0);
    }

    public static Staff staff(String userId, String centre) {
        return new Staff(userId, "Operator " + userId, Set.of(StaffRole.OPERATOR), centre, true, 0);
    }

    private static String resource(String name) {
        try (InputStream in = Samples.class.getResourceAsStream("/masterdata/keys/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
