/** Internals of the packet library (layout); not an API, callers use {@code org.openfid.packet}. */
@NullMarked
package org.openfid.packet.layout;

import org.jspecify.annotations.NullMarked;
