/** The authentication transaction records: replay guard, outcome and the person's history. */
@NullMarked
package org.openfid.authentication.history;

import org.jspecify.annotations.NullMarked;
