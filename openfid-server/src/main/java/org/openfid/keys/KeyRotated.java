package org.openfid.keys;

/**
 * A purpose got a new current key version. Caches of public keys (JWKS consumers, other nodes)
 * refresh on it.
 *
 * @param application the purpose's application id
 * @param reference the purpose's reference id
 * @param version the new version
 * @param keyId its {@code kid}
 */
public record KeyRotated(String application, String reference, int version, String keyId) {}
