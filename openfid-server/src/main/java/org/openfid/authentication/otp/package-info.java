/** One-time passwords: generation, delivery through the notification module, validation and freezing. */
@NullMarked
package org.openfid.authentication.otp;

import org.jspecify.annotations.NullMarked;
