/**
 * Identity records: storage (sealed JSON per version, keyed-hash lookups, blob references), create,
 * read, partial update with update-count limits and optimistic locking, status lifecycle.
 */
@NullMarked
package org.openfid.identity.record;

import org.jspecify.annotations.NullMarked;
