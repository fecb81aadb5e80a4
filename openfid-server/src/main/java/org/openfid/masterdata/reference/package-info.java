/**
 * Storage of the reference data: one table per kind, described by a {@link
 * org.openfid.masterdata.reference.RecordTable}, all written through one generic {@link
 * org.openfid.masterdata.reference.ReferenceStore} (optimistic locking, reference checks, audit).
 */
@NullMarked
package org.openfid.masterdata.reference;

import org.jspecify.annotations.NullMarked;
