/** The {@code audit verify} command of the {@code ./openfid} launcher. */
@NullMarked
package org.openfid.audit.cli;

import org.jspecify.annotations.NullMarked;
