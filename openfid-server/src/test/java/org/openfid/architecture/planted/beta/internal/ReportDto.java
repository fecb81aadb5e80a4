package org.openfid.architecture.planted.beta.internal;

/** Violation: a plumbing name in a module's sub-package. */
public record ReportDto(String title) {}
