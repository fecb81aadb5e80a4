/** Internals of the packet library (zip); not an API, callers use {@code org.openfid.packet}. */
@NullMarked
package org.openfid.packet.zip;

import org.jspecify.annotations.NullMarked;
