package org.openfid.enrolment.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openfid.enrolment.CaseStatus;
import org.openfid.identity.Identities;
import org.openfid.identity.IdentityId;
import org.openfid.identity.IndividualId;
import org.openfid.identity.ReadScope;
import org.openfid.identity.Rid;
import org.openfid.identity.UinStatus;
import org.openfid.packet.FieldCategory;
import org.openfid.packet.Operator;
import org.openfid.packet.PacketProcess;
import org.openfid.packet.RegistrationPacket;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The flows after NEW, through the same machinery: an update authenticated by the applicant's
 * fingers, a lost-UIN search, deactivation and reactivation.
 */
class OtherFlowsTests extends PipelineContext {

    private static final org.openfid.synth.people.SyntheticPopulation PEOPLE =
            org.openfid.synth.people.SyntheticPopulation.demo(6_061_122L, 40);

    @Autowired
    Identities identities;

    @Test
    void anUpdateAuthenticatedByTheApplicantsFingersMakesANewVersion() throws Exception {
        int person = adult(PEOPLE, 11);
        Identities.IdentityRef enrolled = enrolled(person);

        String rid = rid();
        submit(rid, written(changeOf(rid, PacketProcess.UPDATE, enrolled, person), MACHINE_KEY), "UPDATE", "APPROVED");
        pipeline.drain();

        assertThat(status(rid)).as(history(rid)).isEqualTo(CaseStatus.PROCESSED);
        var updated = identities.find(enrolled.id()).orElseThrow();
        assertThat(updated.version()).isEqualTo(2);
        var record = identities.read(IndividualId.of(enrolled.uin()), ReadScope.DEMO);
        assertThat(record.identity().path("addressLine1").toString()).contains("7 New Road");
        assertThat(recorded.completed)
                .anyMatch(e -> e.rid().equals(rid) && enrolled.id().value().equals(e.identityId()));
    }

    @Test
    void anUpdateWithSomeoneElsesFingersIsRejected() throws Exception {
        int person = adult(PEOPLE, adult(PEOPLE, 11) + 1);
        Identities.IdentityRef enrolled = enrolled(person);

        String rid = rid();
        int someoneElse = adult(PEOPLE, person + 1);
        submit(
                rid,
                written(changeOf(rid, PacketProcess.UPDATE, enrolled, someoneElse), MACHINE_KEY),
                "UPDATE",
                "APPROVED");
        pipeline.drain();

        assertThat(status(rid)).isEqualTo(CaseStatus.REJECTED);
        assertThat(enrolments.history(new Rid(rid)).getLast().reasonCode()).isEqualTo("RPR-BAU-FAILED-001");
        assertThat(identities.find(enrolled.id()).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void aLostUinIsFoundByTheFingersAlone() throws Exception {
        int person = adult(PEOPLE, 26);
        Identities.IdentityRef enrolled = enrolled(person);
        long galleryBefore = abisRecords();

        String rid = rid();
        submit(rid, written(fingersOnly(rid, person), MACHINE_KEY), "LOST", "APPROVED");
        String stranger = rid();
        submit(stranger, written(fingersOnly(stranger, adult(PEOPLE, person + 1)), MACHINE_KEY), "LOST", "APPROVED");
        pipeline.drain();

        assertThat(status(rid)).as(history(rid)).isEqualTo(CaseStatus.PROCESSED);
        assertThat(recorded.completed)
                .anyMatch(e -> e.rid().equals(rid) && enrolled.id().value().equals(e.identityId()));
        assertThat(status(stranger)).isEqualTo(CaseStatus.REJECTED);
        assertThat(enrolments.history(new Rid(stranger)).getLast().reasonCode()).isEqualTo("RPR-BDP-FAILED-003");
        assertThat(abisRecords()).as("a search adds nobody to the gallery").isEqualTo(galleryBefore);
    }

    @Test
    void aDeactivationAndAReactivationChangeTheStatus() throws Exception {
        Identities.IdentityRef enrolled = enrolled(adult(PEOPLE, 32));

        String off = rid();
        submit(
                off,
                written(changeOf(off, PacketProcess.DEACTIVATED, enrolled, -1), MACHINE_KEY),
                "DEACTIVATED",
                "APPROVED");
        pipeline.drain();
        assertThat(identities.find(enrolled.id()).orElseThrow().status()).isEqualTo(UinStatus.DEACTIVATED);

        String on = rid();
        submit(on, written(changeOf(on, PacketProcess.ACTIVATED, enrolled, -1), MACHINE_KEY), "ACTIVATED", "APPROVED");
        pipeline.drain();

        assertThat(status(off)).isEqualTo(CaseStatus.PROCESSED);
        assertThat(status(on)).isEqualTo(CaseStatus.PROCESSED);
        assertThat(identities.find(enrolled.id()).orElseThrow().status()).isEqualTo(UinStatus.ACTIVATED);
    }

    private Identities.IdentityRef enrolled(int person) throws Exception {
        assertThat(adult(PEOPLE, person))
                .as("record %d is an adult, nobody's duplicate", person)
                .isEqualTo(person);
        String rid = rid();
        submit(rid, written(packet(PEOPLE, rid, person, PacketProcess.NEW), MACHINE_KEY), "NEW", "APPROVED");
        pipeline.drain();
        assertThat(status(rid)).as(history(rid)).isEqualTo(CaseStatus.PROCESSED);
        UUID identity = recorded.completed.stream()
                .filter(e -> e.rid().equals(rid))
                .findFirst()
                .orElseThrow()
                .identityId();
        return identities.find(new IdentityId(identity)).orElseThrow();
    }

    /** A packet naming the identity's UIN, with a new address and (unless -1) person {@code fingers}' fingers. */
    private static RegistrationPacket changeOf(
            String rid, PacketProcess process, Identities.IdentityRef identity, int fingers) {
        var builder = base(rid, process)
                .field("UIN", JsonNodeFactory.instance.stringNode(identity.uin().value()), FieldCategory.NONE);
        if (process == PacketProcess.UPDATE) {
            var address = JsonNodeFactory.instance.arrayNode();
            address.addObject().put("language", "eng").put("value", "7 New Road");
            address.addObject().put("language", "ara").put("value", "7 الطريق الجديد");
            builder.field("addressLine1", address, FieldCategory.PVT);
        }
        if (fingers >= 0) {
            packet(PEOPLE, rid, fingers, PacketProcess.NEW).biometrics().forEach(builder::biometrics);
        }
        return builder.build();
    }

    private static RegistrationPacket fingersOnly(String rid, int person) {
        var builder = base(rid, PacketProcess.LOST);
        packet(PEOPLE, rid, person, PacketProcess.NEW).biometrics().forEach(builder::biometrics);
        return builder.build();
    }

    private static RegistrationPacket.Builder base(String rid, PacketProcess process) {
        return RegistrationPacket.builder(rid, process)
                .centre(station[0], station[1])
                .createdAt(LocalDateTime.of(2026, 11, 23, 10, 15, 30))
                .officer(new Operator(officer(station[0]), null))
                .audit(java.util.Map.of("eventId", "REG-EVT-001", "moduleName", "Registration"));
    }

    private String history(String rid) {
        return enrolments.history(new Rid(rid)).stream()
                .map(r -> r.stage() + " " + r.outcome() + " " + r.reasonCode() + " " + r.reason())
                .toList()
                .toString();
    }

    private long abisRecords() {
        return jdbc.sql("SELECT count(*) FROM biometrics.gallery_record")
                .query(Long.class)
                .single();
    }
}
