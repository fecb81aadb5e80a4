package org.openfid.enrolment.intake;

import org.springframework.stereotype.Component;

/** Whether a RID was synced, for the status of a packet announced but not uploaded yet. */
@Component
public class SyncQueries {

    private final SyncStore syncs;

    SyncQueries(SyncStore syncs) {
        this.syncs = syncs;
    }

    public boolean synced(String rid) {
        return syncs.byRid(rid).isPresent();
    }
}
