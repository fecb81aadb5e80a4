package org.openfid.architecture.planted.beta;

/** Violation: a plumbing name inside a module. */
final class TextUtils {

    private TextUtils() {}
}
