package org.openfid.authentication.flow;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.openfid.partner.AuthPolicy;
import org.openfid.partner.AuthorisedPartner;
import org.openfid.partner.Partner;
import org.openfid.partner.PartnerId;
import org.openfid.partner.PartnerType;

/**
 * The platform's own modules as a caller of internal authentication: MOSIP's internal policy allows
 * OTP (and OTP requests) and biometric authentication only ({@code internal.auth.types.allowed}), never
 * e-KYC, and the
 * caller is authenticated by its service account instead of partner keys.
 */
final class InternalPartner {

    static final String ID = "internal";

    static final AuthorisedPartner POLICY = new AuthorisedPartner(
            new Partner(
                    new PartnerId(ID),
                    "OpenFID platform",
                    "OpenFID",
                    PartnerType.Internal_Partner,
                    "platform@localhost.invalid",
                    true,
                    null,
                    null,
                    Instant.EPOCH,
                    Instant.EPOCH),
            new UUID(0, 0),
            "internal",
            new AuthPolicy(
                    "partner",
                    List.of(
                            new AuthPolicy.AllowedAuthType("otp", "", false),
                            new AuthPolicy.AllowedAuthType("otp-request", "", false),
                            new AuthPolicy.AllowedAuthType("bio", "FINGER", false),
                            new AuthPolicy.AllowedAuthType("bio", "IRIS", false),
                            new AuthPolicy.AllowedAuthType("bio", "FACE", false)),
                    List.of(),
                    List.of()),
            null,
            new PartnerId(ID),
            null);

    private InternalPartner() {}
}
