/**
 * Generation, validation and pooling of UINs, VIDs and RIDs: the Verhoeff check digit, MOSIP's
 * number filters without regular expressions, the pools of unused numbers with their background
 * refill, the keyed-hash register of issued numbers, and the RID sequences.
 */
@NullMarked
package org.openfid.identity.numbers;

import org.jspecify.annotations.NullMarked;
