/** Envelope sealing of data at rest: per-call data keys wrapped by vault AES key-encryption keys. */
@NullMarked
package org.openfid.keys.sealing;

import org.jspecify.annotations.NullMarked;
