package org.openfid.keys;

import java.security.cert.X509Certificate;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * JWS signing with platform keys and verification of platform or partner signatures.
 *
 * <p>Signatures carry the {@code kid} of the signing version, so a signature made before a rotation
 * still verifies after it.
 */
public interface Signatures {

    /** Compact JWS of {@code payload} with the purpose's current key and its default algorithm. */
    String sign(KeyRef key, byte[] payload);

    /**
     * Compact JWS with a chosen algorithm.
     *
     * @param algorithm the algorithm, or {@code null} for the key's default (RS256, ES256 or EdDSA)
     * @param includeCertificate whether to add the {@code x5c} header with the signing certificate
     * @throws KeysException {@link KeysError#ALGORITHM_MISMATCH} when the key kind cannot sign with
     *     {@code algorithm}
     */
    String sign(KeyRef key, @Nullable JwsAlgorithm algorithm, byte[] payload, boolean includeCertificate);

    /**
     * Verifies a compact JWS made with one of the platform's keys (found by {@code kid}).
     *
     * @return the signed payload
     * @throws KeysException {@link KeysError#SIGNATURE_INVALID} when the signature does not verify,
     *     {@link KeysError#INVALID_DATA} when the input is not a JWS
     */
    byte[] verify(String compactJws);

    /**
     * Verifies a compact JWS with a given certificate (a partner's), optionally with a detached
     * payload ({@code null} when attached).
     *
     * @return the signed payload
     */
    byte[] verify(String compactJws, byte @Nullable [] detachedPayload, X509Certificate certificate);

    /**
     * Verifies a compact JWS whose header carries the signer's certificate ({@code x5c}) with the
     * certificate the signer has on file: {@code registered} gets the DER of the header's first
     * certificate ({@code null} when there is none) and returns the certificate to verify with, or
     * throws to refuse. The JWS is parsed once, which matters on a path taken hundreds of times a
     * second.
     *
     * @return the signed payload
     * @throws KeysException {@link KeysError#INVALID_DATA} when the input is not a JWS, {@link
     *     KeysError#SIGNATURE_INVALID} when the signature does not verify
     */
    byte[] verify(
            String compactJws,
            byte @Nullable [] detachedPayload,
            Function<byte @Nullable [], X509Certificate> registered);
}
