package org.openfid.keys;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the keys module ({@code openfid.keys.*}, or {@code OPENFID_KEYS_*} variables).
 *
 * @param vault which vault holds the keys: {@code pkcs12} (a file, the default) or {@code pkcs11}
 * @param password PKCS#12 vault password; when empty one is generated into
 *     {@code <data-dir>/keys/vault.pass} (owner-only) on first start
 * @param pkcs11 PKCS#11 token settings, used when {@code vault=pkcs11}
 * @param applications application ids whose keys are created on first use (MOSIP's key policy)
 * @param rootValidity validity of the vault's root key
 * @param keyValidity validity of each purpose key version (capped by the root's)
 * @param autoRotate whether an expired purpose key is replaced on next use; otherwise use fails
 */
@ConfigurationProperties("openfid.keys")
public record KeysProperties(
        @DefaultValue("pkcs12") String vault,
        @Nullable String password,
        @DefaultValue Pkcs11 pkcs11,

        @DefaultValue({
            "KERNEL",
            "AUDIT",
            "IDA",
            "REGISTRATION",
            "REGISTRATION_PROCESSOR",
            "PRE_REGISTRATION",
            "ID_REPO",
            "PMS",
            "RESIDENT",
            "PARTNER",
            "OIDC",
            "CREDENTIAL",
            "DIGITAL_CARD",
            "ADMIN_SERVICES",
            "NOTIFICATION"
        })
        List<String> applications,

        @DefaultValue("P2920D") Duration rootValidity,
        @DefaultValue("P730D") Duration keyValidity,
        @DefaultValue("true") boolean autoRotate) {

    /**
     * @param library path of the PKCS#11 module of the HSM (SoftHSM2: {@code /usr/lib/softhsm/libsofthsm2.so})
     * @param slot the token's slot id; when set it wins over {@code slotListIndex}
     * @param slotListIndex index of the token's slot
     * @param pin the token user PIN
     */
    public record Pkcs11(
            @Nullable String library,
            @Nullable Long slot,
            @DefaultValue("0") int slotListIndex,
            @Nullable String pin) {}
}
