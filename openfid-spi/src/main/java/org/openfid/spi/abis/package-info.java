/**
 * ABIS contract (1:N biometric search), modelled on MOSIP's ABIS interface 0.9: insert a person's
 * biometrics under a reference id, identify a reference (or a probe) against the whole gallery or a
 * subset, delete, count. The embedded ABIS in the server implements it; an external ABIS vendor can
 * replace it with an adapter speaking MOSIP's queue protocol.
 *
 * <p>Semantics kept from MOSIP: insert never de-duplicates; identify sees every insert that completed
 * before it; results are candidate lists with scores, never a yes/no; failures carry MOSIP's numbered
 * failure reasons.
 *
 * @since 0.4
 */
@NullMarked
package org.openfid.spi.abis;

import org.jspecify.annotations.NullMarked;
