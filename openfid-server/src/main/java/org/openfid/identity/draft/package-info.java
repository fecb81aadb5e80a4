/** Drafts of identity records, sealed at rest, published atomically. */
@NullMarked
package org.openfid.identity.draft;

import org.jspecify.annotations.NullMarked;
