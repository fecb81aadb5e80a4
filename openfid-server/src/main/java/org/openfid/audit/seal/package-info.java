/** Seals: signing the chain's head with the {@code AUDIT/CHAIN_SEAL} key, and checking stored seals. */
@NullMarked
package org.openfid.audit.seal;

import org.jspecify.annotations.NullMarked;
