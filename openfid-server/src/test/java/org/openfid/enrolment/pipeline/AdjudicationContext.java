package org.openfid.enrolment.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openfid.enrolment.CaseStatus;
import org.openfid.enrolment.Enrolments;
import org.openfid.enrolment.RegistrationType;
import org.openfid.enrolment.adjudication.Adjudications;
import org.openfid.enrolment.adjudication.SuspectedMatch;
import org.openfid.enrolment.adjudication.Verdict;
import org.openfid.identity.IdentityId;
import org.openfid.identity.Rid;
import org.openfid.packet.PacketProcess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * The pipeline context with a real web server (the browser test needs one), an adjudicator account,
 * and a NEW flow cut down to packet validation followed by a test-only MANUAL_ADJUDICATION stage.
 * Cases reach the queue the real way (a real packet is synced, uploaded, validated) and the review is
 * opened by a stage through {@link Adjudications#open}, so the queue, the pause and the resumption
 * are the pipeline's own. Only the candidates are test data: the de-duplication stages that find them
 * are the lead's and are not needed to test deciding on them.
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
@Import({PipelineContext.Recorders.class, AdjudicationContext.ReviewFlow.class})
abstract class AdjudicationContext extends PipelineContext {

    static final String ADJUDICATOR = "Basic "
            + Base64.getEncoder().encodeToString("adjudicator:adjudicator-secret-1".getBytes(StandardCharsets.UTF_8));
    static final String ADMIN = "Basic "
            + Base64.getEncoder().encodeToString("admin:adjudication-test-admin".getBytes(StandardCharsets.UTF_8));
    static final String REVIEW_CODE = "RPR-BDD-TEST-REVIEW";
    /** An earlier enrolment's RID (test data: what the ABIS would have matched). */
    static final String MATCHED_RID = "10001100010000120261123101530";

    /** The candidates the test stage files: one from an enrolment, one migrated record without a RID. */
    static final List<SuspectedMatch> CANDIDATES = List.of(
            new SuspectedMatch(
                    "abis-ref-1",
                    new Rid(MATCHED_RID),
                    new IdentityId(UUID.fromString("4c3a1f52-2b55-4c4b-9d0e-0e0b5c1d2a11")),
                    87.5,
                    Map.of("Right Thumb", 91.25, "Left IndexFinger", 80.5)),
            new SuspectedMatch("migrated-77", null, null, 45.0, Map.of("Right Thumb", 45.0)));

    @Autowired
    Enrolments enrolments;

    /** A case of a real packet, validated and now paused in MANUAL_ADJUDICATION with a review open. */
    String pausedCase() throws Exception {
        String rid = rid();
        submit(rid, written(packet(rid, 1, PacketProcess.NEW), MACHINE_KEY), "NEW", "APPROVED");
        pipeline.drain();
        assertThat(status(rid)).isEqualTo(CaseStatus.PAUSED);
        return rid;
    }

    CaseStatus status(String rid) {
        return enrolments.find(new Rid(rid)).orElseThrow().status();
    }

    /**
     * A stand-in for the MANUAL_ADJUDICATION stage with the same contract: no verdict yet, open the
     * review and pause; DUPLICATE rejects, NOT_DUPLICATE passes.
     */
    record ReviewStage(Adjudications adjudications) implements Stage {

        @Override
        public String name() {
            return "MANUAL_ADJUDICATION";
        }

        @Override
        public StageOutcome run(CaseFile file) {
            Optional<Verdict> verdict = adjudications.verdict(file.caseId());
            if (verdict.isEmpty()) {
                adjudications.open(file.caseId(), file.rid(), REVIEW_CODE, CANDIDATES);
                return StageOutcome.needsReview(REVIEW_CODE, "Suspected duplicate: waiting for an adjudicator");
            }
            return verdict.get() == Verdict.DUPLICATE
                    ? StageOutcome.rejected("RPR-MA-FAILED-001", "The adjudicator found a duplicate")
                    : StageOutcome.passed("RPR-MA-SUCCESS-001");
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class ReviewFlow {

        /** Packet validation (the real stage), then the review stage. */
        @Bean
        @Primary
        Flows reviewFlows(@Qualifier("standardFlows") Flows standard, Adjudications adjudications) {
            Stage validation = standard.stages(RegistrationType.NEW).getFirst();
            assertThat(validation.name()).isEqualTo("PACKET_VALIDATION");
            List<Stage> flow = List.of(validation, new ReviewStage(adjudications));
            return process -> process == RegistrationType.NEW ? flow : standard.stages(process);
        }
    }
}
