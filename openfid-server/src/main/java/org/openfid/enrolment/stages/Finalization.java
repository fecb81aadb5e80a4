package org.openfid.enrolment.stages;

import org.openfid.enrolment.pipeline.CaseFile;
import org.openfid.enrolment.pipeline.Stage;
import org.openfid.enrolment.pipeline.StageOutcome;
import org.openfid.identity.Identities;
import org.openfid.identity.IdentityDrafts;
import org.openfid.identity.IdentityError;
import org.openfid.identity.IdentityException;
import org.springframework.stereotype.Component;

/**
 * Publishes the draft: the identity is created with a UIN from the pool (or the new version of an
 * updated identity is stored), its templates are already in the ABIS under the case's reference id,
 * and the identity module announces it. This runs in the transaction that ends the case, which is
 * what makes "one UIN per person, none issued twice" survive a crash at any point.
 */
@Component
class Finalization implements Stage {

    static final String NAME = "FINALIZATION";
    static final String PUBLISHED = "RPR-FIN-SUCCESS-001";
    static final String REFUSED = "RPR-FIN-FAILED-001";

    private final IdentityDrafts drafts;

    Finalization(IdentityDrafts drafts) {
        this.drafts = drafts;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public StageOutcome run(CaseFile file) {
        Identities.IdentityRef published;
        try {
            published = drafts.publish(file.rid());
        } catch (IdentityException e) {
            if (e.error() == IdentityError.HANDLE_RECORD_EXISTS || e.error() == IdentityError.DATA_VALIDATION_FAILED) {
                return StageOutcome.rejected(
                        REFUSED,
                        "The identity could not be published: " + e.error().code());
            }
            throw e;
        }
        file.identity(published.id());
        return StageOutcome.passed(PUBLISHED);
    }
}
