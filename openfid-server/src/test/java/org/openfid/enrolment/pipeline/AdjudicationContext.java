package org.openfid.enrolment.pipeline;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.openfid.enrolment.CaseStatus;
import org.openfid.identity.Rid;
import org.openfid.packet.PacketProcess;
import org.openfid.packet.RegistrationPacket;
import org.openfid.packet.synthetic.SyntheticPackets;
import org.openfid.synth.people.PlantedDuplicate;
import org.openfid.synth.people.PopulationSettings;
import org.openfid.synth.people.SyntheticPopulation;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The pipeline context with a real web server (the browser test needs one) and an adjudicator
 * account. Reviews come about the real way (as in {@code NewFlowTests}): a person is enrolled through
 * the whole NEW flow, then their planted duplicate (new demographics, same fingers) is registered,
 * found by the real ABIS, gets a review with the real candidate and scores from the lead's
 * de-duplication stage, and pauses at the real MANUAL_ADJUDICATION stage.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "openfid.data-dir=target/test-data/enrolment-adjudication-${random.uuid}",
            "openfid.admin.password=adjudication-test-admin",
            "openfid.masterdata.load-country-on-start=false",
            "openfid.service-accounts[0].name=station",
            "openfid.service-accounts[0].password=station-secret-123",
            "openfid.service-accounts[0].roles=REGISTRATION_CLIENT",
            "openfid.service-accounts[1].name=adjudicator",
            "openfid.service-accounts[1].password=adjudicator-secret-1",
            "openfid.service-accounts[1].roles=ADJUDICATOR",
            "openfid.enrolment.plain-sync-body=true",
            "openfid.enrolment.pipeline-workers=0",
            "openfid.enrolment.retry-delay=0s",
            "openfid.enrolment.max-attempts=3"
        })
@Import({PipelineContext.Recorders.class, TestFlows.Config.class})
abstract class AdjudicationContext extends PipelineContext {

    static final String ADJUDICATOR = "Basic "
            + Base64.getEncoder().encodeToString("adjudicator:adjudicator-secret-1".getBytes(StandardCharsets.UTF_8));
    static final String ADMIN = "Basic "
            + Base64.getEncoder().encodeToString("admin:adjudication-test-admin".getBytes(StandardCharsets.UTF_8));
    /** The biometric de-duplication stage's reason for a review. */
    static final String REVIEW_CODE = "RPR-BDP-FAILED-001";

    /** People with planted duplicates: another registration with new demographics, same fingers. */
    private static final SyntheticPopulation TWINS =
            new SyntheticPopulation(7_051_122L, PopulationSettings.demo(400).withDuplicateShare(0.25));

    /**
     * One planted duplicate per original, so each review has one original behind it; both adults (a
     * minor needs an introducer, which synthetic packets do not name).
     */
    private static final List<PlantedDuplicate> PAIRS = TWINS.plantedDuplicates().stream()
            .filter(pair -> adult(pair.original()) && adult(pair.record()))
            .collect(Collectors.toMap(PlantedDuplicate::original, p -> p, (a, b) -> a))
            .values()
            .stream()
            .sorted(Comparator.comparingLong(PlantedDuplicate::record))
            .toList();

    private static final AtomicInteger NEXT_PAIR = new AtomicInteger();

    private static boolean adult(long record) {
        return TWINS.person(record).ageOn(java.time.LocalDate.of(2026, 11, 23)) >= 18;
    }

    private static final Map<String, String> ORIGINALS = new ConcurrentHashMap<>();

    /**
     * A planted duplicate's registration, paused for adjudication: its original was enrolled through
     * the whole NEW flow first, and the real ABIS found the duplicate's fingers.
     */
    String pausedCase() throws Exception {
        // some synthetic people are refused on the way (a finger impression below the quality level
        // pauses for correction, data refused at publication): take the next pair
        for (int tries = 1; tries <= 8; tries++) {
            PlantedDuplicate pair = PAIRS.get(NEXT_PAIR.getAndIncrement());
            String original = submitted(pair.original());
            pipeline.drain();
            if (status(original) != CaseStatus.PROCESSED) {
                continue;
            }
            String rid = submitted(pair.record());
            pipeline.drain();
            var last = enrolments.history(new Rid(rid)).getLast();
            if (status(rid) == CaseStatus.PAUSED && last.stage().equals("MANUAL_ADJUDICATION")) {
                ORIGINALS.put(rid, original);
                return rid;
            }
        }
        throw new AssertionError("No planted duplicate reached manual adjudication in 8 pairs");
    }

    /** The RID of the enrolled original of a paused case. */
    static String originalOf(String rid) {
        return ORIGINALS.get(rid);
    }

    private String submitted(long person) throws Exception {
        String rid = rid();
        var registration = new SyntheticPackets.Registration(
                rid,
                PacketProcess.NEW,
                station[0],
                station[1],
                LocalDateTime.of(2026, 11, 23, 10, 15, 30),
                officer(station[0]),
                null);
        RegistrationPacket packet = new SyntheticPackets(TWINS).packet(TWINS.person(person), registration, FINGERS);
        submit(rid, written(packet, MACHINE_KEY), "NEW", "APPROVED");
        return rid;
    }
}
