package org.openfid.architecture.planted.alpha;

import org.springframework.beans.factory.annotation.Autowired;

/** Allowed: constructor injection. */
class ConstructorInjected {

    private final AlphaRecords records;

    @Autowired
    ConstructorInjected(AlphaRecords records) {
        this.records = records;
    }

    int count() {
        return records.names().size();
    }
}
