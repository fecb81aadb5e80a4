package org.openfid.spi.biometrics.cbeff;

import java.util.Objects;

/**
 * An identifier issued by a registration authority: the organisation and, within it, the type (a BDB
 * format, a quality algorithm...). MOSIP writes {@code Mosip}/{@code 7} for an ISO finger image and
 * {@code HMAC}/{@code SHA-256} as its quality "algorithm".
 *
 * @since 0.4
 */
public record RegistryId(String organization, String type) {

    /** The BDB format owner MOSIP writes. */
    public static final String MOSIP = "Mosip";

    /** The quality algorithm id MOSIP's registration client writes. */
    public static final RegistryId MOSIP_QUALITY_ALGORITHM = new RegistryId("HMAC", "SHA-256");

    public RegistryId {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(type, "type");
        if (organization.isEmpty() || type.isEmpty() || organization.length() > 256 || type.length() > 256) {
            throw new IllegalArgumentException("Registry organisation and type are 1-256 characters");
        }
    }
}
