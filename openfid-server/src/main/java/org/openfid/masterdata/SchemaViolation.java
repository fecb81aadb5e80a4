package org.openfid.masterdata;

/**
 * One way an identity breaks the schema.
 *
 * @param path JSON path of the offending value, for example {@code identity.fullName[1].value} or
 *     {@code identity.dateOfBirth}
 * @param code stable machine-readable code, for example {@code REQUIRED}, {@code PATTERN}, {@code
 *     LENGTH}, {@code AGE_RANGE}, {@code UNKNOWN_FIELD}, {@code TYPE}, {@code LANGUAGE_MISSING},
 *     {@code NOT_IN_LIST}
 * @param message the message for a person, in the requested language when the country has it
 */
public record SchemaViolation(String path, String code, String message) {}
