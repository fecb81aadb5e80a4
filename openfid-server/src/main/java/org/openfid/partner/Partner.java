package org.openfid.partner;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A registered partner.
 *
 * @param id its id
 * @param name display name
 * @param organisation the organisation (MOSIP expects it to equal the certificate's {@code O})
 * @param type its partner type
 * @param contactEmail the organisation's contact address
 * @param active whether it may use the platform (deactivated partners are refused everywhere)
 * @param policyGroup the name of its policy group, if any
 * @param certificateThumbprint hex SHA-256 of its registered certificate, if one was uploaded
 * @param createdAt when it was registered
 * @param updatedAt when it last changed
 */
public record Partner(
        PartnerId id,
        String name,
        String organisation,
        PartnerType type,
        String contactEmail,
        boolean active,
        @Nullable String policyGroup,
        @Nullable String certificateThumbprint,
        Instant createdAt,
        Instant updatedAt) {}
