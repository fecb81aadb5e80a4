/**
 * VIDs: MOSIP's policy model loaded from a policy file, the VID lifecycle (create, revoke,
 * regenerate, resolve, transaction counting, deactivate and reactivate with the UIN) and its storage
 * by keyed hash.
 */
@NullMarked
package org.openfid.identity.vid;

import org.jspecify.annotations.NullMarked;
