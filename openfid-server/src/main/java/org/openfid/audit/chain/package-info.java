/** Appending facts to the hash chain and reading entries back: the only code that writes {@code audit.entry}. */
@NullMarked
package org.openfid.audit.chain;

import org.jspecify.annotations.NullMarked;
