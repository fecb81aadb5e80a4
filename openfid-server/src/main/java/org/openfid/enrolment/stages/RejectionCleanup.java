package org.openfid.enrolment.stages;

import org.openfid.enrolment.EnrolmentRejected;
import org.openfid.enrolment.demographic.DemographicDeduplication;
import org.openfid.identity.IdentityDrafts;
import org.openfid.identity.Rid;
import org.openfid.spi.abis.Abis;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A rejected enrolment leaves nothing that later enrolments would meet: its ABIS record (a rejected
 * duplicate would otherwise be found again by every later search of that person), its demographic
 * keys and any identity draft are removed. Runs from the event publication registry after the
 * rejection commits, so it survives a crash; every step is idempotent.
 */
@Component
class RejectionCleanup {

    private final Abis abis;
    private final DemographicDeduplication demographics;
    private final IdentityDrafts drafts;

    RejectionCleanup(Abis abis, DemographicDeduplication demographics, IdentityDrafts drafts) {
        this.abis = abis;
        this.demographics = demographics;
        this.drafts = drafts;
    }

    @ApplicationModuleListener
    void on(EnrolmentRejected rejected) {
        Rid rid = new Rid(rejected.rid());
        abis.delete(CaseReferences.of(rejected.caseId()));
        demographics.forget(rid);
        if (drafts.exists(rid)) {
            drafts.discard(rid);
        }
    }
}
