package org.openfid.architecture.planted;

/** Not in a module (it sits in the root package), so its name is none of the naming rule's business. */
class OutsideModulesHelper {}
