/**
 * 1:N search over the in-memory finger gallery: a cheap first stage (an index over minutiae
 * geometry) narrows the gallery to a few candidates, then SourceAFIS scores them on all cores and the
 * per-finger scores are fused per person.
 */
@NullMarked
package org.openfid.biometrics.search;

import org.jspecify.annotations.NullMarked;
