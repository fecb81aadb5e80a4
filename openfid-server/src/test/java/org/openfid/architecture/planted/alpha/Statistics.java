package org.openfid.architecture.planted.alpha;

import org.openfid.architecture.planted.beta.BetaRepository;

/** Violation: reads module beta's repository directly. */
class Statistics {

    long rows(BetaRepository repository) {
        return repository.count();
    }
}
