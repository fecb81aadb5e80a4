/**
 * The partner registry: partners and their certificates, policy groups and versioned policies, policy
 * mappings, API and licence keys, and the cached authorisation of authentication requests.
 */
@NullMarked
package org.openfid.partner.registry;

import org.jspecify.annotations.NullMarked;
