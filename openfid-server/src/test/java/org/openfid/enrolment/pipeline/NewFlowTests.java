package org.openfid.enrolment.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.openfid.enrolment.CaseStatus;
import org.openfid.enrolment.StageRecord;
import org.openfid.enrolment.adjudication.Adjudications;
import org.openfid.enrolment.adjudication.Verdict;
import org.openfid.identity.Identities;
import org.openfid.identity.IdentityDrafts;
import org.openfid.identity.IdentityId;
import org.openfid.identity.Rid;
import org.openfid.identity.UinStatus;
import org.openfid.packet.PacketProcess;
import org.openfid.packet.RegistrationPacket;
import org.openfid.packet.synthetic.SyntheticPackets;
import org.openfid.spi.abis.Abis;
import org.openfid.spi.abis.ReferenceId;
import org.openfid.synth.people.PlantedDuplicate;
import org.openfid.synth.people.PopulationSettings;
import org.openfid.synth.people.SyntheticPopulation;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The NEW flow end to end with real packets, the real ABIS and the identity module: a new applicant
 * gets a UIN; a second registration of the same person (other demographics, same fingers) waits for
 * an adjudicator, and is rejected as a duplicate or goes on, as decided.
 */
class NewFlowTests extends PipelineContext {

    private static final SyntheticPopulation TWINS =
            new SyntheticPopulation(8_061_122L, PopulationSettings.demo(60).withDuplicateShare(0.25));

    /** Two planted duplicates of different people (an original may have several duplicates). */
    private static final List<PlantedDuplicate> PAIRS = TWINS.plantedDuplicates().stream()
            .filter(pair -> adultTwin(pair.original()) && adultTwin(pair.record()))
            .collect(java.util.stream.Collectors.toMap(PlantedDuplicate::original, p -> p, (a, b) -> a))
            .values()
            .stream()
            .sorted(java.util.Comparator.comparingLong(PlantedDuplicate::record))
            .limit(2)
            .toList();

    private static boolean adultTwin(long record) {
        return TWINS.person(record).ageOn(java.time.LocalDate.of(2026, 11, 23)) >= 18;
    }

    @Autowired
    Identities identities;

    @Autowired
    IdentityDrafts drafts;

    @Autowired
    Abis abis;

    @Autowired
    Adjudications adjudications;

    @Test
    void aNewApplicantGetsAUin() throws Exception {
        String rid = rid();
        submit(rid, written(packet(TWINS, rid, adult(TWINS, 50), PacketProcess.NEW), MACHINE_KEY), "NEW", "APPROVED");

        pipeline.drain();

        var enrolment = enrolments.find(new Rid(rid)).orElseThrow();
        assertThat(enrolment.status()).isEqualTo(CaseStatus.PROCESSED);
        assertThat(enrolments.history(new Rid(rid)))
                .extracting(StageRecord::stage)
                .containsExactly(
                        "PACKET_RECEIVER",
                        "PACKET_VALIDATION",
                        "CMD_VALIDATION",
                        "OPERATOR_VALIDATION",
                        "SUPERVISOR_VALIDATION",
                        "INTRODUCER_VALIDATION",
                        "QUALITY_CLASSIFICATION",
                        "DEMOGRAPHIC_DEDUPLICATION",
                        "BIOMETRIC_INSERT",
                        "BIOMETRIC_DEDUPLICATION",
                        "MANUAL_ADJUDICATION",
                        "UIN_ASSIGNMENT",
                        "FINALIZATION");
        assertThat(enrolments.history(new Rid(rid)))
                .extracting(StageRecord::outcome)
                .containsOnly(StageRecord.Outcome.PASSED);
        var completed = recorded.completed.stream()
                .filter(event -> event.rid().equals(rid))
                .toList();
        assertThat(completed).hasSize(1);
        var identity = identities
                .find(new IdentityId(completed.getFirst().identityId()))
                .orElseThrow();
        assertThat(identity.status()).isEqualTo(UinStatus.ACTIVATED);
        assertThat(drafts.exists(new Rid(rid))).isFalse();
    }

    @Test
    void aDuplicateWaitsForTheAdjudicatorAndIsRejectedWhenConfirmed() throws Exception {
        PlantedDuplicate pair = PAIRS.get(0);
        String original = enrolled(pair.original());
        String second = submitted(pair.record());

        pipeline.drain();

        assertThat(status(second)).isEqualTo(CaseStatus.PAUSED);
        StageRecord waiting = enrolments.history(new Rid(second)).getLast();
        assertThat(waiting.stage()).isEqualTo("MANUAL_ADJUDICATION");
        assertThat(waiting.outcome()).isEqualTo(StageRecord.Outcome.REVIEW);
        assertThat(matchedRids(second)).containsExactly(original);

        decide(second, "DUPLICATE");
        pipeline.drain();

        assertThat(status(second)).isEqualTo(CaseStatus.REJECTED);
        assertThat(enrolments.history(new Rid(second)).getLast().reasonCode()).isEqualTo("RPR-MNV-FAILED-001");
        assertThat(recorded.completed).noneMatch(event -> event.rid().equals(second));
        UUID caseId = caseId(second);
        awaitTrue(() -> !abis.delete(new ReferenceId(caseId.toString())));
        assertThat(drafts.exists(new Rid(second))).isFalse();
    }

    @Test
    void aSuspectedDuplicateTheAdjudicatorClearsGetsItsOwnUin() throws Exception {
        PlantedDuplicate pair = PAIRS.get(1);
        enrolled(pair.original());
        String second = submitted(pair.record());
        pipeline.drain();
        assertThat(status(second)).isEqualTo(CaseStatus.PAUSED);

        decide(second, "NOT_DUPLICATE");
        pipeline.drain();

        assertThat(status(second)).isEqualTo(CaseStatus.PROCESSED);
        assertThat(enrolments.history(new Rid(second)))
                .extracting(StageRecord::stage, StageRecord::reasonCode)
                .contains(org.assertj.core.groups.Tuple.tuple("MANUAL_ADJUDICATION", "RPR-MNV-SUCCESS-001"));
        assertThat(recorded.completed).anyMatch(event -> event.rid().equals(second));
    }

    /** Submits record {@code index} of the twin population and runs the pipeline until it is done. */
    private String enrolled(long index) throws Exception {
        String rid = submitted(index);
        pipeline.drain();
        assertThat(status(rid)).as(enrolments.history(new Rid(rid)).toString()).isEqualTo(CaseStatus.PROCESSED);
        return rid;
    }

    private String submitted(long index) throws Exception {
        String rid = rid();
        var registration = new SyntheticPackets.Registration(
                rid,
                PacketProcess.NEW,
                station[0],
                station[1],
                java.time.LocalDateTime.of(2026, 11, 23, 10, 15, 30),
                officer(station[0]),
                null);
        RegistrationPacket packet = new SyntheticPackets(TWINS).packet(TWINS.person(index), registration, FINGERS);
        submit(rid, written(packet, MACHINE_KEY), "NEW", "APPROVED");
        return rid;
    }

    private UUID caseId(String rid) {
        return enrolments.find(new Rid(rid)).orElseThrow().id();
    }

    private List<String> matchedRids(String rid) {
        return jdbc.sql("SELECT matched_rid FROM enrolment.adjudication_match WHERE case_id = :id")
                .param("id", caseId(rid))
                .query(String.class)
                .list();
    }

    /** The adjudicator's decision; the case resumes once it commits (the workers are off: drain). */
    private void decide(String rid, String verdict) throws InterruptedException {
        UUID caseId = caseId(rid);
        adjudications.decide(caseId, Verdict.valueOf(verdict), "adjudicator.one", null);
        awaitTrue(() -> status(rid) != CaseStatus.PAUSED);
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("condition within 20 s").isBefore(deadline);
            Thread.sleep(50);
        }
    }
}
