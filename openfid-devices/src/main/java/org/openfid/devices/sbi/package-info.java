/** The SBI HTTP protocol: request parsing and validation, discovery, info, capture and stream answers. */
@NullMarked
package org.openfid.devices.sbi;

import org.jspecify.annotations.NullMarked;
