/**
 * Key vault contract: where private and secret keys live and where operations on them happen.
 *
 * <p>The platform never asks a vault for key material; it asks the vault to sign, to unwrap or to
 * compute a MAC with a named key. That is what lets a hardware security module keep keys
 * non-extractable while a file-based vault serves development and small deployments with the same
 * code above it. Public-key operations (verify, encrypt) need no vault: certificates are public.
 *
 * @since 0.1
 */
@NullMarked
package org.openfid.spi.keys;

import org.jspecify.annotations.NullMarked;
