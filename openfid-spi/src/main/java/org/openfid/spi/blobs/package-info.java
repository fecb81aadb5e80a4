/**
 * Blob store contract: where documents, biometric records and packets are kept as opaque bytes.
 * Callers seal what they store, so a store only ever sees ciphertext; it may be a folder, an
 * S3-compatible bucket or anything else that offers atomic whole-object writes.
 *
 * @since 0.2
 */
@NullMarked
package org.openfid.spi.blobs;

import org.jspecify.annotations.NullMarked;
