/**
 * The {@code ./openfid synth} command line: writes a synthetic population to a folder (identity JSON,
 * documents, face placeholder, finger images and the duplicate ground truth).
 */
@NullMarked
package org.openfid.synth;

import org.jspecify.annotations.NullMarked;
