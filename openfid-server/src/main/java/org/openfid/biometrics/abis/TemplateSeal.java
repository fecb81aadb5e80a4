package org.openfid.biometrics.abis;

import java.nio.charset.StandardCharsets;
import org.openfid.keys.DataSeals;
import org.openfid.keys.KeyRef;
import org.openfid.spi.abis.ReferenceId;
import org.openfid.spi.biometrics.BiometricSubtype;
import org.springframework.stereotype.Component;

/**
 * Seals gallery templates at rest. A template is biometric data: anyone holding it can match it
 * against other galleries, so the database only ever sees it sealed. The AAD binds each sealed
 * template to its reference id and finger, so sealed bytes copied to another row do not open.
 *
 * <p>The key-encryption key belongs to the registration processor's application id (MOSIP's ABIS
 * is the registration processor's partner and receives its biometrics), under the reference {@code
 * ABIS_TEMPLATE}; it is created in the vault on first use.
 */
@Component
class TemplateSeal {

    static final KeyRef TEMPLATE_KEY = KeyRef.of("REGISTRATION_PROCESSOR", "ABIS_TEMPLATE");

    private final DataSeals seals;

    TemplateSeal(DataSeals seals) {
        this.seals = seals;
    }

    byte[] seal(ReferenceId referenceId, int index, BiometricSubtype position, byte[] template) {
        return seals.seal(TEMPLATE_KEY, template, aad(referenceId, index, position));
    }

    byte[] open(ReferenceId referenceId, int index, BiometricSubtype position, byte[] sealed) {
        return seals.open(TEMPLATE_KEY, sealed, aad(referenceId, index, position));
    }

    private static byte[] aad(ReferenceId referenceId, int index, BiometricSubtype position) {
        return ("abis:" + referenceId.value() + ":" + index + ":" + position.name()).getBytes(StandardCharsets.UTF_8);
    }
}
