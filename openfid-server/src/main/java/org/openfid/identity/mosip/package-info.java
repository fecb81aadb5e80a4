/**
 * MOSIP's request and response envelopes and error shape, shared by the identity module's
 * MOSIP-compatible endpoints (idgenerator, ridgenerator, ID repository VIDs).
 */
@NullMarked
package org.openfid.identity.mosip;

import org.jspecify.annotations.NullMarked;
