package org.openfid.architecture.planted.alpha;

import org.springframework.beans.factory.annotation.Autowired;

/** Violation: field injection. Not annotated as a component, so no context ever creates it. */
class FieldInjected {

    @Autowired
    private AlphaRecords records;

    int count() {
        return records.names().size();
    }
}
