package org.openfid.enrolment.intake;

import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The pipeline's way back to a received packet: the uploaded bytes of a case, checked against what
 * the receiver stored and unsealed. The bytes are still the machine's encrypted packet.
 */
@Component
public class ReceivedPackets {

    private final CaseStore cases;
    private final PacketVault vault;

    ReceivedPackets(CaseStore cases, PacketVault vault) {
        this.cases = cases;
        this.vault = vault;
    }

    /**
     * The uploaded packet of a case.
     *
     * @throws IllegalStateException when the case is unknown or its stored packet is missing or damaged
     *     (the pipeline retries, then parks the case for an operator)
     */
    public byte[] uploaded(UUID caseId) {
        CaseStore.Located located =
                cases.located(caseId).orElseThrow(() -> new IllegalStateException("No such enrolment case"));
        return vault.get(located.packet(), located.rid());
    }
}
