package org.openfid.enrolment.stages;

import java.util.Optional;
import org.openfid.enrolment.RegistrationType;
import org.openfid.enrolment.pipeline.CaseFile;
import org.openfid.enrolment.pipeline.Stage;
import org.openfid.enrolment.pipeline.StageOutcome;
import org.openfid.identity.Identities;
import org.openfid.identity.IndividualId;
import org.openfid.identity.Uin;
import org.openfid.identity.UinStatus;
import org.springframework.stereotype.Component;

/**
 * The ACTIVATED and DEACTIVATED flows' work (MOSIP's UIN generator does it for these packets): the
 * identity the packet's UIN names gets the new status, with the RID as the recorded reason. An
 * identity already in that status passes unchanged, so a re-run after a crash is harmless.
 */
@Component
class StatusChange implements Stage {

    static final String NAME = "UIN_STATUS_CHANGE";
    static final String ACTIVATED = "RPR-UIN-SUCCESS-003";
    static final String DEACTIVATED = "RPR-UIN-SUCCESS-004";
    static final String NO_IDENTITY = "RPR-UIN-FAILED-003";

    private final Identities identities;

    StatusChange(Identities identities) {
        this.identities = identities;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public StageOutcome run(CaseFile file) {
        Optional<Uin> uin = PacketIdentity.uin(file.packet());
        Optional<Identities.IdentityRef> identity = uin.flatMap(identities::find);
        if (identity.isEmpty()) {
            return StageOutcome.rejected(NO_IDENTITY, "The packet's UIN names no identity");
        }
        boolean activate = file.facts().process() == RegistrationType.ACTIVATED;
        UinStatus target = activate ? UinStatus.ACTIVATED : UinStatus.DEACTIVATED;
        if (identity.get().status() != target) {
            identities.changeStatus(
                    IndividualId.of(uin.get()),
                    target,
                    "Registration " + file.rid().value());
        }
        file.identity(identity.get().id());
        return StageOutcome.passed(activate ? ACTIVATED : DEACTIVATED);
    }
}
