/** The default blob store: files under the data folder. */
@NullMarked
package org.openfid.platform.blobs;

import org.jspecify.annotations.NullMarked;
