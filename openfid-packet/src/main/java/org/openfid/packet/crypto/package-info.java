/** Internals of the packet library (crypto); not an API, callers use {@code org.openfid.packet}. */
@NullMarked
package org.openfid.packet.crypto;

import org.jspecify.annotations.NullMarked;
