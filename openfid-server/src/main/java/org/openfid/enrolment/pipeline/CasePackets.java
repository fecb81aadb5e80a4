package org.openfid.enrolment.pipeline;

import java.io.IOException;
import java.io.StringReader;
import java.security.PublicKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.openfid.enrolment.correction.CorrectionRequest;
import org.openfid.enrolment.correction.CorrectionRequests;
import org.openfid.enrolment.intake.ReceivedPackets;
import org.openfid.identity.Rid;
import org.openfid.masterdata.Machine;
import org.openfid.masterdata.MachineId;
import org.openfid.masterdata.ReferenceData;
import org.openfid.packet.PacketLimits;
import org.openfid.packet.PacketProblem;
import org.openfid.packet.PacketReader;
import org.openfid.packet.PacketReading;
import org.openfid.packet.ProblemCode;
import org.openfid.packet.RegistrationPacket;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Opens and verifies the packet of a case for the stages. Reading a packet (two layers of RSA and
 * AES-GCM, signatures, hashes, CBEFF) costs milliseconds, and a case runs through a dozen stages in a
 * row on one worker, so the last few readings are kept in memory (by case id, never written out).
 */
@Component
class CasePackets {

    private static final int KEPT = 8;

    private final ReceivedPackets received;
    private final CorrectionRequests corrections;
    private final JdbcClient jdbc;
    private final ReferenceData masterdata;
    private final PacketReader reader;
    private final Map<UUID, PacketReading> recent = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, PacketReading> eldest) {
            return size() > KEPT;
        }
    };

    CasePackets(
            ReceivedPackets received,
            ReferenceData masterdata,
            VaultPacketOpener opener,
            CorrectionRequests corrections,
            JdbcClient jdbc) {
        this.corrections = corrections;
        this.jdbc = jdbc;
        this.received = received;
        this.masterdata = masterdata;
        this.reader = new PacketReader(opener, PacketLimits.DEFAULT);
    }

    /** The case file a stage gets, with the packet read on first use. */
    CaseFile file(CaseFile.Facts facts) {
        return new CaseFile(facts, () -> reading(facts));
    }

    /** Drops a finished case's reading. */
    synchronized void forget(UUID caseId) {
        recent.remove(caseId);
    }

    private PacketReading reading(CaseFile.Facts facts) {
        synchronized (this) {
            PacketReading kept = recent.get(facts.caseId());
            if (kept != null) {
                return kept;
            }
        }
        PacketReading reading = read(facts);
        synchronized (this) {
            recent.put(facts.caseId(), reading);
        }
        return reading;
    }

    private PacketReading read(CaseFile.Facts facts) {
        PacketReading reading = read(facts.caseId(), facts.centreId(), facts.machineId());
        if (!reading.valid()) {
            return reading;
        }
        var correction = corrections.ofCase(facts.caseId()).filter(CorrectionRequest::answered);
        return correction.isEmpty() ? reading : corrected(reading, correction.get());
    }

    /**
     * A case whose correction request was answered reads its biometrics (and biometric exceptions)
     * from the correction packet, as MOSIP's packet manager merges a BIOMETRIC_CORRECTION packet.
     */
    private PacketReading corrected(PacketReading reading, CorrectionRequest request) {
        Rid answeredBy = java.util.Objects.requireNonNull(request.answeredRid());
        var answering = jdbc.sql("""
                        SELECT c.id, s.centre_id, s.machine_id FROM enrolment.enrolment_case c
                        JOIN enrolment.sync_record s ON s.rid = c.rid WHERE c.rid = :rid
                        """)
                .param("rid", answeredBy.value())
                .query((rs, n) ->
                        read(rs.getObject("id", UUID.class), rs.getString("centre_id"), rs.getString("machine_id")))
                .single();
        if (!answering.valid()) {
            return answering;
        }
        RegistrationPacket parent = java.util.Objects.requireNonNull(reading.packet());
        RegistrationPacket correction = java.util.Objects.requireNonNull(answering.packet());
        return new PacketReading(
                new RegistrationPacket(
                        parent.rid(),
                        parent.process(),
                        parent.centreId(),
                        parent.machineId(),
                        parent.creationTime(),
                        parent.schemaVersion(),
                        parent.fields(),
                        parent.documents(),
                        correction.biometrics(),
                        parent.officer(),
                        parent.supervisor(),
                        parent.metaData(),
                        parent.operationsData(),
                        correction.exceptions(),
                        parent.audits()),
                List.of());
    }

    private PacketReading read(UUID caseId, String centreId, String machineId) {
        Optional<PublicKey> key = masterdata.machine(new MachineId(machineId)).flatMap(CasePackets::signingKey);
        if (key.isEmpty()) {
            return new PacketReading(
                    null,
                    List.of(new PacketProblem(
                            ProblemCode.SIGNATURE_INVALID,
                            "packet",
                            "The machine that signed it is not in master data")));
        }
        byte[] uploaded = received.uploaded(caseId);
        return reader.read(uploaded, centreId + "_" + machineId, key.get());
    }

    private static Optional<PublicKey> signingKey(Machine machine) {
        try (var parser = new PEMParser(new StringReader(machine.signingKey()))) {
            return parser.readObject() instanceof SubjectPublicKeyInfo info
                    ? Optional.of(new JcaPEMKeyConverter().getPublicKey(info))
                    : Optional.empty();
        } catch (IOException | RuntimeException e) { // BouncyCastle reports bad encodings either way
            return Optional.empty();
        }
    }
}
