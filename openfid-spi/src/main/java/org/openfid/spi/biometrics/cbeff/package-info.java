/**
 * CBEFF (ISO/IEC 19785-3) XML as MOSIP uses it in registration packets and data shares: a root BIR
 * holding one child BIR per finger, eye or face, each with its BDBInfo, the BDB (an ISO/IEC 19794
 * record), the device's signature block and MOSIP's {@code others} entries. Documents are validated
 * against the XML schema before they are read.
 *
 * @since 0.4
 */
@NullMarked
package org.openfid.spi.biometrics.cbeff;

import org.jspecify.annotations.NullMarked;
