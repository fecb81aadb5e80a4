package org.openfid.enrolment.pipeline;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.openfid.enrolment.RegistrationType;
import org.openfid.identity.IdentityId;
import org.openfid.identity.Rid;
import org.openfid.packet.PacketReading;
import org.openfid.packet.RegistrationPacket;

/**
 * What a stage sees of a case: the facts of the case and its sync record, and the packet, opened
 * only when a stage asks (and then once per pipeline pass). A stage may note the identity the case
 * produced; the pipeline stores it in the same transaction as the stage's outcome.
 */
public final class CaseFile {

    private final Facts facts;
    private final Supplier<PacketReading> opener;
    private @Nullable PacketReading reading;
    private @Nullable IdentityId identity;
    private @Nullable StageCost cost;

    public CaseFile(Facts facts, Supplier<PacketReading> opener) {
        this.facts = facts;
        this.opener = opener;
    }

    /**
     * The facts of a case.
     *
     * @param caseId the enrolment case
     * @param rid its registration id
     * @param process the flow it follows
     * @param centreId the centre of the machine that made the packet (from the sync record)
     * @param machineId the machine that made and signed the packet
     * @param supervisorApproved whether the supervisor approved the registration at the centre
     * @param langCode the registration's language
     * @param additionalInfoRequestId for a correction, the request it answers
     * @param attempt which attempt of the current stage this is (1 for the first)
     * @param receivedAt when the packet was accepted
     * @param identityId the identity an earlier stage of this case produced or found, if any
     */
    public record Facts(
            UUID caseId,
            Rid rid,
            RegistrationType process,
            String centreId,
            String machineId,
            boolean supervisorApproved,
            String langCode,
            @Nullable String additionalInfoRequestId,
            int attempt,
            Instant receivedAt,
            @Nullable IdentityId identityId) {}

    public Facts facts() {
        return facts;
    }

    public UUID caseId() {
        return facts.caseId();
    }

    public Rid rid() {
        return facts.rid();
    }

    /** The verified reading of the packet: the packet, or the problems that make it invalid. */
    public PacketReading reading() {
        if (reading == null) {
            reading = opener.get();
        }
        return reading;
    }

    /**
     * The packet, for stages after validation.
     *
     * @throws IllegalStateException if the packet is invalid (validation runs first, so this is a bug)
     */
    public RegistrationPacket packet() {
        return reading().packetIfValid().orElseThrow(() -> new IllegalStateException("The packet is not valid"));
    }

    /** Notes the identity this case created, updated or found. */
    public void identity(IdentityId id) {
        this.identity = id;
    }

    void cost(StageCost measured) {
        this.cost = measured;
    }

    @Nullable
    StageCost cost() {
        return cost;
    }

    /** The identity noted by the running stage, if any. */
    @Nullable
    IdentityId notedIdentity() {
        return identity;
    }
}
