package org.openfid.architecture.planted.beta;

/** Module beta's repository, recognised by its name only. */
public interface BetaRepository {

    long count();
}
