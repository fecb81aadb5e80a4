/** Auth-type locks per identity. */
@NullMarked
package org.openfid.identity.lock;

import org.jspecify.annotations.NullMarked;
