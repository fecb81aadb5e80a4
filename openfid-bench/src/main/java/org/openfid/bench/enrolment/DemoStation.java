package org.openfid.bench.enrolment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A demo registration machine at a demo centre, operated by one of the centre's staff: its keys live
 * under {@code <data>/enrol-station/}, it is registered in master data through the administrator's
 * REST API (once; again only when the platform no longer knows it), and it issues RIDs from a
 * sequence kept with its keys, as a real station does. Packets are dated on the last working day
 * before today, within the centre's opening hours, so that working-hour checks pass.
 *
 * @param centreId the demo centre
 * @param machineId this machine
 * @param operator the registration officer (a staff member of the centre)
 * @param keys the machine's signing key pair
 * @param registrationCertificate the platform's {@code REGISTRATION/<centre>_<machine>} certificate
 * @param workingDay the day packets are made on, with opening time, in UTC
 * @param workingSeconds how many seconds after opening packets may be dated
 */
record DemoStation(
        String centreId,
        String machineId,
        String operator,
        KeyPair keys,
        X509Certificate registrationCertificate,
        LocalDateTime workingDay,
        int workingSeconds) {

    static final String CENTRE = "10001";
    static final String OPERATOR = "operator.pam";
    private static final int FIRST_MACHINE = 19_001;
    private static final DateTimeFormatter RID_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    /** The station of {@code folder}, registering its machine with the platform when needed. */
    static DemoStation open(Path folder, PlatformClient platform, String admin) {
        KeyPair signing = StationKeys.loadOrCreate(folder.resolve("signing-key.pem"));
        KeyPair encryption = StationKeys.loadOrCreate(folder.resolve("encryption-key.pem"));
        JsonNode centre = platform.get("/v1/masterdata/registrationcenters/" + CENTRE, admin)
                .orElseThrow(() -> new IllegalStateException("The platform has no demo centre " + CENTRE
                        + ": load the demo country first (it loads on the first start of an empty platform)"));
        JsonNode operator = platform.get("/v1/masterdata/users/" + OPERATOR, admin)
                .orElseThrow(() -> new IllegalStateException("The platform has no demo operator " + OPERATOR));
        if (!CENTRE.equals(operator.path("centreId").asString())
                || !operator.path("active").asBoolean()) {
            throw new IllegalStateException("The demo operator " + OPERATOR + " is not active at centre " + CENTRE);
        }
        String machine = register(folder, platform, admin, signing, encryption);
        X509Certificate certificate = certificate(platform, admin, CENTRE + "_" + machine);
        LocalDateTime[] day = workingDay(centre, LocalDate.now(ZoneOffset.UTC));
        int seconds =
                (int) Math.max(60, java.time.Duration.between(day[0], day[1]).toSeconds() - 3600);
        return new DemoStation(CENTRE, machine, OPERATOR, signing, certificate, day[0], seconds);
    }

    /** The RID of sequence number {@code sequence} and its creation time (UTC). */
    String rid(long sequence) {
        return centreId
                + machineId
                + String.format("%05d", sequence % 100_000)
                + createdAt(sequence).format(RID_TIME);
    }

    /** When the packet of {@code sequence} was made: spread over the working day, in UTC. */
    LocalDateTime createdAt(long sequence) {
        return workingDay.plusMinutes(30).plusSeconds(sequence % workingSeconds);
    }

    /** {@code <centre>_<machine>}: the key reference and the sync header. */
    String reference() {
        return centreId + "_" + machineId;
    }

    /** Reserves {@code count} sequence numbers, kept in {@code <folder>/sequence}; the first one. */
    static long reserve(Path folder, int count) {
        Path file = folder.resolve("sequence");
        try {
            long next =
                    Files.exists(file) ? Long.parseLong(Files.readString(file).strip()) : 1;
            Files.writeString(file, Long.toString(next + count));
            return next;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the RID sequence in " + file, e);
        }
    }

    private static String register(
            Path folder, PlatformClient platform, String admin, KeyPair signing, KeyPair encryption) {
        String signingPem = StationKeys.publicPem(signing.getPublic());
        Path idFile = folder.resolve("machine-id");
        Set<String> tried = new HashSet<>();
        try {
            if (Files.exists(idFile)) {
                String id = Files.readString(idFile).strip();
                var known = platform.get("/v1/masterdata/machines/" + id, admin);
                if (known.isPresent() && samePem(known.get().path("signingKey").asString(), signingPem)) {
                    return id;
                }
                tried.add(id);
            }
            for (int id = FIRST_MACHINE; id < FIRST_MACHINE + 999; id++) {
                String candidate = Integer.toString(id);
                if (tried.contains(candidate)
                        || platform.get("/v1/masterdata/machines/" + candidate, admin)
                                .isPresent()) {
                    continue;
                }
                ObjectNode body = PlatformClient.JSON.createObjectNode();
                body.put("id", candidate);
                body.put("name", "Synthetic enrolment station " + candidate);
                body.put("serial", "SYN-" + candidate);
                body.put("centreId", CENTRE);
                body.put("signingKey", signingPem);
                body.put("encryptionKey", StationKeys.publicPem(encryption.getPublic()));
                body.put("active", true);
                platform.post("/v1/masterdata/machines", admin, body.toString(), Map.of());
                Files.writeString(idFile, candidate);
                return candidate;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the machine id in " + idFile, e);
        }
        throw new IllegalStateException("No free machine id from " + FIRST_MACHINE + " on");
    }

    private static boolean samePem(String a, String b) {
        return a.replaceAll("\\s", "").equals(b.replaceAll("\\s", ""));
    }

    /** The platform's registration certificate for the machine (keymanager's getCertificate). */
    static X509Certificate certificate(PlatformClient platform, String admin, String reference) {
        JsonNode answer = platform.get(
                        "/v1/keymanager/getCertificate?applicationId=REGISTRATION&referenceId=" + reference, admin)
                .orElseThrow(() -> new IllegalStateException("The platform offers no getCertificate"));
        String pem = answer.path("response").path("certificate").asString();
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        } catch (CertificateException e) {
            throw new IllegalStateException("getCertificate answered no X.509 certificate: " + answer, e);
        }
    }

    /** {opening, closing} in UTC of the last working, non-holiday day of the centre before {@code today}. */
    static LocalDateTime[] workingDay(JsonNode centre, LocalDate today) {
        ZoneId zone = ZoneId.of(centre.path("timeZone").asString("UTC"));
        Set<String> holidays = new HashSet<>();
        centre.path("holidays").forEach(h -> holidays.add(h.path("date").asString()));
        for (LocalDate day = today.minusDays(1); day.isAfter(today.minusDays(60)); day = day.minusDays(1)) {
            JsonNode hours = centre.path("workingHours").path(day.getDayOfWeek().name());
            if (hours.isMissingNode() || hours.isNull() || holidays.contains(day.toString())) {
                continue;
            }
            LocalTime opens = LocalTime.parse(hours.path("opens").asString());
            LocalTime closes = LocalTime.parse(hours.path("closes").asString());
            if (closes.isAfter(opens.plusHours(1))) {
                return new LocalDateTime[] {utc(day.atTime(opens), zone), utc(day.atTime(closes), zone)};
            }
        }
        throw new IllegalStateException("The centre has no working day in the last 60 days");
    }

    private static LocalDateTime utc(LocalDateTime local, ZoneId zone) {
        return local.atZone(zone).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }
}
