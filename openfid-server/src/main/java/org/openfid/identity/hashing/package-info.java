/** Keyed hashes of identifiers (UIN, VID, handles) used for every lookup. */
@NullMarked
package org.openfid.identity.hashing;

import org.jspecify.annotations.NullMarked;
