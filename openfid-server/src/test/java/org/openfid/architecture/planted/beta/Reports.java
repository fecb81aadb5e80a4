package org.openfid.architecture.planted.beta;

import org.openfid.architecture.planted.alpha.AlphaRecords;

/** Violation: reads module alpha's repository directly (and its own, which is fine). */
public class Reports {

    String first(AlphaRecords records, BetaRepository own) {
        return records.names().getFirst() + own.count();
    }
}
