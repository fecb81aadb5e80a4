package org.openfid.architecture.planted.alpha;

/** Allowed: uses the repository of its own module. */
class AlphaService {

    private final AlphaRecords records;

    AlphaService(AlphaRecords records) {
        this.records = records;
    }

    int count() {
        return records.names().size();
    }
}
