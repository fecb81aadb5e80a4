package org.openfid.partner;

import java.util.Optional;

/**
 * The partner module's API for other modules. {@link #authorise} runs on every authentication
 * request, so its answers are cached briefly (see {@link PartnerProperties#authorisationCache()}).
 */
public interface Partners {

    /**
     * Checks the three path keys of an IDA request, in MOSIP's order: the API key must be one of
     * {@code partnerId}'s, the partner active, the policy bound to the key active and approved for it,
     * the key not expired, and the licence key an active, unexpired key of a MISP.
     *
     * @throws PartnerException with the IDA code MOSIP returns for the first failed check ({@code
     *     IDA-MPA-009} for an unknown partner or an API key that is not the partner's, {@code -012},
     *     {@code -018}, {@code -019}, {@code -039}, {@code -007}, {@code -017}, {@code -008})
     */
    AuthorisedPartner authorise(String mispLicenceKey, String partnerId, String apiKey);

    /** The partner with this id, if registered. */
    Optional<Partner> find(PartnerId id);
}
