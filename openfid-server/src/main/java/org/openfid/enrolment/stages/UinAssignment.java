package org.openfid.enrolment.stages;

import org.openfid.enrolment.pipeline.CaseFile;
import org.openfid.enrolment.pipeline.Stage;
import org.openfid.enrolment.pipeline.StageOutcome;
import org.openfid.identity.IdentityDrafts;
import org.openfid.identity.IdentityValidationException;
import org.openfid.packet.RegistrationPacket;
import org.springframework.stereotype.Component;

/**
 * MOSIP's UIN generator, first half: the packet's identity and documents go into an identity draft
 * under the RID. The UIN itself is issued when {@link Finalization} publishes the draft, in the same
 * transaction that ends the case, so a crash can never leave a UIN issued to a case that is not
 * done, nor issue a second one. Re-running merges the same fields into the same draft.
 */
@Component
class UinAssignment implements Stage {

    static final String NAME = "UIN_ASSIGNMENT";
    static final String DRAFTED = "RPR-UIN-SUCCESS-001";
    static final String INVALID_IDENTITY = "RPR-UIN-FAILED-002";

    private final IdentityDrafts drafts;

    UinAssignment(IdentityDrafts drafts) {
        this.drafts = drafts;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public StageOutcome run(CaseFile file) {
        RegistrationPacket packet = file.packet();
        try {
            if (!drafts.exists(file.rid())) {
                drafts.create(file.rid(), null);
            }
            drafts.update(file.rid(), PacketIdentity.json(packet), PacketIdentity.documents(packet));
        } catch (IdentityValidationException e) {
            return StageOutcome.rejected(INVALID_IDENTITY, "The identity breaks the schema: " + e.getMessage());
        }
        return StageOutcome.passed(DRAFTED);
    }
}
