package org.openfid.architecture.planted.alpha;

/** Violation: a plumbing name inside a module. */
class KeyManager {}
