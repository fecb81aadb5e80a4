package org.openfid.masterdata.reference;

/**
 * A column value stored as JSONB. Equality is the value's, so two records whose maps hold the same
 * entries in a different order compare equal (country loading relies on it to skip unchanged rows).
 */
record Json(Object value) {}
