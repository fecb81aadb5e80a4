package org.openfid.masterdata;

import org.jspecify.annotations.Nullable;

/**
 * A check on a field's value.
 *
 * @param kind what is checked
 * @param pattern for {@link Kind#REGEX}: the regular expression the whole value must match
 * @param min for {@link Kind#LENGTH}: minimum length; for {@link Kind#AGE_RANGE}: minimum age in years
 * @param max for {@link Kind#LENGTH}: maximum length; for {@link Kind#AGE_RANGE}: maximum age in years
 * @param language if set, the check applies only to values in this language
 * @param messageKey key of the message template shown when the check fails
 */
public record FieldValidator(
        Kind kind,
        @Nullable String pattern,
        @Nullable Integer min,
        @Nullable Integer max,
        @Nullable String language,
        @Nullable String messageKey) {

    /** The kinds of checks. */
    public enum Kind {
        REGEX,
        LENGTH,
        AGE_RANGE
    }
}
