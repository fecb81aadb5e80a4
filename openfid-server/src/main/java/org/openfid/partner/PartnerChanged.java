package org.openfid.partner;

/**
 * Something about a partner changed (registration, status, certificate, policy mapping, keys) or a
 * policy it may use did. Caches of partner data drop the partner's entries; the event carries ids only.
 *
 * @param partnerId the partner concerned, or {@code *} when a policy changed for every partner using it
 * @param change what changed, for example {@code STATUS} or {@code API_KEY}
 */
public record PartnerChanged(String partnerId, String change) {

    /** The id used when every partner is concerned. */
    public static final String EVERYONE = "*";
}
