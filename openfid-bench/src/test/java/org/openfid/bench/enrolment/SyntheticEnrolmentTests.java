package org.openfid.bench.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openfid.OpenFidApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The synthetic enrolment client against a real platform on a random port (embedded PostgreSQL, the
 * demo country loaded on first start, pipeline workers running): the demo machine is registered once
 * through the admin API, sync bodies are encrypted as MOSIP's client does and a tampered one is
 * refused, three packets (one planted duplicate) go end to end to a final status with their history,
 * and the gallery pre-load inserts minutiae people through the ABIS API.
 */
@SpringBootTest(
        classes = OpenFidApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "openfid.data-dir=target/test-data/synthetic-enrolment-${random.uuid}",
            "openfid.admin.password=synthetic-test-admin",
            "openfid.service-accounts[0].name=station",
            "openfid.service-accounts[0].password=station-secret-123",
            "openfid.service-accounts[0].roles=REGISTRATION_CLIENT"
        })
class SyntheticEnrolmentTests {

    static final String ADMIN = PlatformClient.basic("admin", "synthetic-test-admin");
    static final String STATION = PlatformClient.basic("station", "station-secret-123");

    @LocalServerPort
    int port;

    @TempDir
    Path folder;

    PlatformClient platform() {
        return new PlatformClient(URI.create("http://localhost:" + port + "/"));
    }

    @Test
    void registersTheDemoMachineOnceWithOwnerOnlyKeys() throws Exception {
        DemoStation first = DemoStation.open(folder, platform(), ADMIN);
        DemoStation again = DemoStation.open(folder, platform(), ADMIN);

        assertThat(again.machineId()).isEqualTo(first.machineId());
        assertThat(Files.getPosixFilePermissions(folder.resolve("signing-key.pem")))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        JsonNode machine = platform()
                .get("/v1/masterdata/machines/" + first.machineId(), ADMIN)
                .orElseThrow();
        assertThat(machine.path("centreId").asString()).isEqualTo(DemoStation.CENTRE);
        assertThat(machine.path("active").asBoolean()).isTrue();
        assertThat(first.rid(7)).hasSize(29).startsWith(DemoStation.CENTRE + first.machineId() + "00007");
    }

    @Test
    void syncsEncryptedBodiesAndTheServerRefusesTamperedOnes() throws Exception {
        DemoStation station = DemoStation.open(folder, platform(), ADMIN);
        PacketPlan plan = PacketPlan.of(11, 1, 0);
        var submitter = new Submitter(platform(), station, STATION, plan.population());
        var packet = submitter.build(plan.entries().getFirst().record(), DemoStation.reserve(folder, 1));
        String body = submitter.encryptedSync(packet, Submitter.packetId(packet));
        char last = body.charAt(body.length() - 8);
        String tampered =
                body.substring(0, body.length() - 8) + (last == 'A' ? 'B' : 'A') + body.substring(body.length() - 7);
        var headers = Map.of("Center-Machine-RefId", station.reference());

        JsonNode refused = platform().post(Submitter.SYNC, STATION, tampered, headers);
        JsonNode plain = platform().post(Submitter.SYNC, STATION, "{\"request\":[]}", headers);
        JsonNode synced = platform().post(Submitter.SYNC, STATION, body, headers);

        assertThat(refused.path("errors").get(0).path("errorCode").asString()).isEqualTo("RPR-RGS-028");
        assertThat(plain.path("errors").get(0).path("errorCode").asString()).isEqualTo("RPR-RGS-028");
        assertThat(synced.path("response").get(0).path("status").asString()).isEqualTo("SUCCESS");
        assertThat(submitter.send(packet)).isNull();
    }

    @Test
    void enrolsSyntheticPeopleEndToEnd() throws Exception {
        var options = new SyntheticEnrolment.Options(
                3, 1, 5, platform().base(), folder, ADMIN, STATION, Duration.ofSeconds(60));

        var result = SyntheticEnrolment.run(options, false);

        assertThat(result.submitted())
                .hasSize(3)
                .allSatisfy(s -> assertThat(s.refusal()).isNull());
        var duplicate = result.submitted().stream()
                .filter(s -> s.entry().duplicateOf().isPresent())
                .findFirst()
                .orElseThrow();
        assertThat(result.submitted()).extracting(EnrolmentRun.Submitted::rid).contains(duplicate.originalRid());
        assertThat(result.finals().values()).hasSize(3).doesNotContain("PENDING");
        assertThat(result.report().cases).isEqualTo(3);
        assertThat(result.report().planted).isEqualTo(1);
        assertThat(result.report().stages).containsKey("PACKET_VALIDATION");
        assertThat(result.report().stages.get("PACKET_VALIDATION").cpuMicros).isPositive();
    }

    @Test
    void preloadsMinutiaePeopleThroughTheAbisApi() throws Exception {
        var preload = new GalleryPreload(platform(), ADMIN, 99);

        assertThat(preload.load(3, 2)).isEqualTo(3);
        preload.insert(1); // the same record again: idempotent

        String count = "{\"id\":\"mosip.abis.referenceCount\",\"version\":\"1.1\",\"requestId\":\"c1\","
                + "\"requesttime\":\"2026-11-22T10:00:00Z\"}";
        JsonNode answer = platform().post("/v1/abis/referencecount", ADMIN, count, Map.of());
        assertThat(answer.path("returnValue").asString()).isEqualTo("1");
        assertThat(Long.parseLong(answer.path("count").asString())).isGreaterThanOrEqualTo(3);
    }
}
