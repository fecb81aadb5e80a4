package org.openfid.packet;

/**
 * Signs sub-packets with the registration machine's key (SHA256withRSA over the plain sub-packet
 * zip). An interface because the station's key may live in a TPM or the server's vault.
 */
@FunctionalInterface
public interface PacketSigner {

    /** The signature of {@code data}. */
    byte[] sign(byte[] data);
}
