package org.openfid.enrolment.pipeline;

import org.openfid.keys.EnvelopeParameters;
import org.openfid.keys.Envelopes;
import org.openfid.keys.KeyRef;
import org.openfid.keys.KeysException;
import org.openfid.packet.PacketOpener;
import org.springframework.stereotype.Component;

/**
 * Opens packet envelopes with the server's registration key for the packet's centre and machine
 * ({@code REGISTRATION/<centre>_<machine>}), inside the vault: the private key never reaches the
 * packet library. The nonce is the AES-GCM IV (MOSIP's salt) and the AAD is authenticated.
 */
@Component
class VaultPacketOpener implements PacketOpener {

    private static final String APPLICATION = "REGISTRATION";

    private final Envelopes envelopes;

    VaultPacketOpener(Envelopes envelopes) {
        this.envelopes = envelopes;
    }

    @Override
    public byte[] open(byte[] envelope, byte[] nonce, byte[] aad, String referenceId) {
        try {
            return envelopes.decrypt(
                    KeyRef.of(APPLICATION, referenceId), envelope, new EnvelopeParameters(nonce, aad, true));
        } catch (KeysException e) {
            throw new PacketOpeningException("Not encrypted to this platform's registration key, or tampered with");
        } catch (IllegalArgumentException e) {
            throw new PacketOpeningException("Not a keymanager envelope");
        }
    }
}
