/** Re-walking the whole chain page by page and naming its first broken link. */
@NullMarked
package org.openfid.audit.verification;

import org.jspecify.annotations.NullMarked;
