package org.openfid.enrolment.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.junit.jupiter.api.BeforeEach;
import org.openfid.enrolment.CaseStatus;
import org.openfid.enrolment.EnrolmentCompleted;
import org.openfid.enrolment.EnrolmentRejected;
import org.openfid.enrolment.Enrolments;
import org.openfid.identity.Rid;
import org.openfid.keys.KeyRef;
import org.openfid.keys.KeyRing;
import org.openfid.masterdata.Machine;
import org.openfid.masterdata.Samples;
import org.openfid.masterdata.Staff;
import org.openfid.masterdata.country.CountrySection;
import org.openfid.masterdata.reference.ReferenceStores;
import org.openfid.packet.JcaPacketSigner;
import org.openfid.packet.PacketProcess;
import org.openfid.packet.PacketWriter;
import org.openfid.packet.RegistrationPacket;
import org.openfid.packet.WrittenPacket;
import org.openfid.packet.synthetic.SyntheticPackets;
import org.openfid.spi.biometrics.BiometricSubtype;
import org.openfid.synth.people.SyntheticPopulation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One application context for the pipeline tests: real PostgreSQL, vault and blob store, the demo
 * country loaded, no background workers (tests run the pipeline with {@link Pipeline#drain()} so each
 * step is deterministic), and a registration machine whose RSA signing key the tests hold, so they
 * can make real packets of synthetic people, sync and upload them like a station.
 */
@SpringBootTest(
        properties = {
            "openfid.data-dir=target/test-data/enrolment-pipeline-${random.uuid}",
            "openfid.admin.password=pipeline-test-admin",
            "openfid.masterdata.load-country-on-start=false",
            "openfid.service-accounts[0].name=station",
            "openfid.service-accounts[0].password=station-secret-123",
            "openfid.service-accounts[0].roles=REGISTRATION_CLIENT",
            "openfid.service-accounts[1].name=operator",
            "openfid.service-accounts[1].password=operator-secret-123",
            "openfid.service-accounts[1].roles=ENROLMENT_OPERATOR",
            "openfid.enrolment.plain-sync-body=true",
            "openfid.enrolment.pipeline-workers=0",
            "openfid.enrolment.retry-delay=0s",
            "openfid.enrolment.max-attempts=3"
        })
@AutoConfigureMockMvc
@Import({PipelineContext.Recorders.class, TestFlows.Config.class})
abstract class PipelineContext {

    static final String STATION = "Basic "
            + Base64.getEncoder().encodeToString("station:station-secret-123".getBytes(StandardCharsets.UTF_8));
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final SyntheticPopulation POPULATION = SyntheticPopulation.demo(5_051_122L, 80);
    static final List<BiometricSubtype> FINGERS = List.of(BiometricSubtype.RIGHT_THUMB, BiometricSubtype.LEFT_INDEX);
    static final KeyPair MACHINE_KEY = rsa();
    private static final AtomicInteger SEQUENCE = new AtomicInteger(20_000);

    @Autowired
    MockMvc mvc;

    @Autowired
    ReferenceStores stores;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    KeyRing keys;

    @Autowired
    Pipeline pipeline;

    @Autowired
    Enrolments enrolments;

    @Autowired
    Recorded recorded;

    @Autowired
    List<CountrySection> sections;

    /** {centre id, machine id} of the test machine (created once per context). */
    static String[] station;

    @BeforeEach
    void countryAndStation() {
        if (station == null || stores.of(Machine.class).find(station[1]).isEmpty()) {
            sections.forEach(section -> section.load(Path.of("src/main/resources/country/demo")));
            String[] ids = Samples.centreWithMachine(stores, true);
            Machine machine = stores.of(Machine.class).find(ids[1]).orElseThrow();
            stores.of(Machine.class)
                    .update(
                            machine.id(),
                            new Machine(
                                    machine.id(),
                                    machine.name(),
                                    machine.serial(),
                                    machine.centreId(),
                                    pem(MACHINE_KEY),
                                    null,
                                    machine.encryptionKey(),
                                    null,
                                    true,
                                    machine.version()));
            stores.of(Staff.class).create(Samples.staff(officer(ids[0]), ids[0]));
            station = ids;
        }
    }

    /** The registration officer of a centre's packets (active, OPERATOR, mapped to the centre). */
    static String officer(String centre) {
        return "operator." + centre;
    }

    /** A fresh RID of the test machine. */
    static String rid() {
        return station[0]
                + station[1]
                + String.format("%05d", SEQUENCE.incrementAndGet() % 100_000)
                + LocalDateTime.of(2026, 11, 23, 10, 15, 30).format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
    }

    /**
     * The first adult at or after record {@code from} who is nobody's duplicate (a minor needs an
     * introducer, which synthetic packets do not name).
     */
    static int adult(int from) {
        return adult(POPULATION, from);
    }

    /**
     * The first adult of {@code population} at or after {@code from} who is nobody's duplicate. Test
     * classes that enrol people use a population of their own: the ABIS gallery is shared by every
     * test in this context, so the same synthetic person enrolled by two classes is a duplicate.
     */
    static int adult(SyntheticPopulation population, int from) {
        for (int index = from; index < population.count(); index++) {
            var person = population.person(index);
            if (!person.isDuplicate() && person.ageOn(java.time.LocalDate.of(2026, 11, 23)) >= 18) {
                return index;
            }
        }
        throw new IllegalStateException("No adult after record " + from);
    }

    /** The packet of synthetic person {@code person}, made at the test machine. */
    static RegistrationPacket packet(String rid, int person, PacketProcess process) {
        return packet(POPULATION, rid, person, process);
    }

    /** The packet of record {@code person} of {@code population}, made at the test machine. */
    static RegistrationPacket packet(SyntheticPopulation population, String rid, long person, PacketProcess process) {
        var registration = new SyntheticPackets.Registration(
                rid,
                process,
                station[0],
                station[1],
                LocalDateTime.of(2026, 11, 23, 10, 15, 30),
                officer(station[0]),
                null);
        return new SyntheticPackets(population).packet(population.person(person), registration, FINGERS);
    }

    /** Encrypts to this platform's registration key and signs with {@code signer}. */
    WrittenPacket written(RegistrationPacket packet, KeyPair signer) {
        var certificate =
                keys.current(KeyRef.of("REGISTRATION", packet.referenceId())).certificate();
        return new PacketWriter(new JcaPacketSigner(signer.getPrivate()), certificate).write(packet);
    }

    /** Syncs and uploads like a station does; {@code supervisor} is APPROVED or REJECTED. */
    void submit(String rid, WrittenPacket packet, String process, String supervisor) throws Exception {
        submit(rid, packet, process, supervisor, null);
    }

    /** Syncs and uploads a packet that answers a request for additional information (a correction). */
    void submit(
            String rid,
            WrittenPacket packet,
            String process,
            String supervisor,
            @org.jspecify.annotations.Nullable String additionalInfoReqId)
            throws Exception {
        sync(rid, packet, process, supervisor, additionalInfoReqId);
        upload(rid, packet);
    }

    /** Syncs a packet like a station does, without uploading it (yet). */
    void sync(
            String rid,
            WrittenPacket packet,
            String process,
            String supervisor,
            @org.jspecify.annotations.Nullable String additionalInfoReqId)
            throws Exception {
        String packetId = packetId(rid, packet);
        ObjectNode entry = JSON.createObjectNode();
        entry.put("registrationId", rid);
        entry.put("packetId", packetId);
        entry.put("registrationType", process);
        entry.put("packetHashValue", packet.sha256Hex().toUpperCase());
        entry.put("packetSize", packet.bytes().length);
        entry.put("supervisorStatus", supervisor);
        entry.put("langCode", "eng");
        if (additionalInfoReqId != null) {
            entry.put("additionalInfoReqId", additionalInfoReqId);
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("id", "mosip.registration.sync");
        body.put("version", "1.0");
        body.put("requesttime", "2026-11-23T10:15:30.000Z");
        body.putArray("request").add(entry);
        var synced = mvc.perform(post("/registrationprocessor/v1/registrationstatus/sync")
                        .header("Authorization", STATION)
                        .header("Center-Machine-RefId", packet.fileName().split("-")[1])
                        .header("timestamp", "2026-11-23T10:15:30.000Z")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.toString()))
                .andReturn()
                .getResponse();
        assertThat(synced.getContentAsString()).contains("SUCCESS");
    }

    /** Uploads a synced packet like a station does. */
    void upload(String rid, WrittenPacket packet) throws Exception {
        String packetId = packetId(rid, packet);
        var uploaded = mvc.perform(multipart("/registrationprocessor/v1/packetreceiver/registrationpackets")
                        .file(new MockMultipartFile("file", packetId + ".zip", "application/zip", packet.bytes()))
                        .header("Authorization", STATION))
                .andReturn()
                .getResponse();
        JsonNode answer = JSON.readTree(uploaded.getContentAsString());
        assertThat(answer.path("response").path("status").asString())
                .as(uploaded.getContentAsString())
                .isEqualTo("Packet is in PACKET_RECEIVED status");
    }

    private static String packetId(String rid, WrittenPacket packet) {
        return rid + packet.fileName().substring(rid.length(), packet.fileName().length() - ".zip".length());
    }

    static String pem(KeyPair keys) {
        var text = new StringWriter();
        try (var writer = new JcaPEMWriter(text)) {
            writer.writeObject(keys.getPublic());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return text.toString();
    }

    static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Pipeline events, as published. */
    static class Recorded {
        final List<EnrolmentCompleted> completed = new CopyOnWriteArrayList<>();
        final List<EnrolmentRejected> rejected = new CopyOnWriteArrayList<>();

        @EventListener
        void on(EnrolmentCompleted event) {
            completed.add(event);
        }

        @EventListener
        void on(EnrolmentRejected event) {
            rejected.add(event);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Recorders {
        @Bean
        Recorded pipelineEvents() {
            return new Recorded();
        }
    }

    /** The internal status of the case of {@code rid}. */
    CaseStatus status(String rid) {
        return enrolments.find(new Rid(rid)).orElseThrow().status();
    }

    /** A case of the engine's test flow under a fresh RID. */
    String reprint() throws Exception {
        return reprint(rid());
    }

    /** A case of the engine's test flow under {@code rid} (its packet is never read, so random bytes do). */
    String reprint(String rid) throws Exception {
        byte[] bytes = new byte[2048];
        new java.util.Random(rid.hashCode()).nextBytes(bytes);
        String fileName = rid + "-" + station[0] + "_" + station[1] + "-20261123101530.zip";
        submit(rid, new WrittenPacket(rid, fileName, bytes), "RES_REPRINT", "APPROVED");
        return rid;
    }
}
