/**
 * The embedded ABIS: the PostgreSQL gallery of sealed templates, the in-memory {@link
 * org.openfid.biometrics.search.FingerGallery} kept in step with it (loaded at start, updated only
 * after a commit), and the MOSIP ABIS operations on top.
 */
@NullMarked
package org.openfid.biometrics.abis;

import org.jspecify.annotations.NullMarked;
