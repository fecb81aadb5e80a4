package org.openfid.masterdata;

import org.jspecify.annotations.Nullable;

/**
 * The levels of the location hierarchy, from the top. A location's parent is always exactly one
 * level up, so an address can be validated level by level.
 */
public enum LocationLevel {
    COUNTRY,
    REGION,
    PROVINCE,
    CITY,
    ZONE,
    POSTAL_CODE;

    /** The level a parent of this level must have; {@code null} for the country. */
    public @Nullable LocationLevel parentLevel() {
        return ordinal() == 0 ? null : values()[ordinal() - 1];
    }
}
