package org.openfid.masterdata;

/**
 * A reference-data record as administrators maintain it: a key that names it in URLs and country
 * files, and a version for optimistic locking (an update names the version it read, so two
 * administrators cannot silently overwrite each other).
 */
public interface ReferenceRecord {

    /** The record's key in URLs, for example a language code or a centre id. */
    String key();

    /** The stored version; 0 in a record that was not read from the database. */
    long version();
}
