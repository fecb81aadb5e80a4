package org.openfid.partner.registry;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.openfid.partner.AuthorisedPartner;
import org.openfid.partner.Partner;
import org.openfid.partner.PartnerChanged;
import org.openfid.partner.PartnerError;
import org.openfid.partner.PartnerException;
import org.openfid.partner.PartnerId;
import org.openfid.partner.PartnerProperties;
import org.openfid.partner.Partners;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Authorises authentication requests by their three path keys, in MOSIP's order of checks, and keeps
 * each decision (including refusals, which are what a key-guessing client produces) for a few seconds:
 * at hundreds of requests per second the same few partners ask again and again. Any committed
 * partner change on this node clears the cache at once.
 */
@Service
class PartnerAuthorisation implements Partners {

    private static final int MAX_ENTRIES = 10_000;

    private final JdbcClient jdbc;
    private final PartnerDirectory directory;
    private final PartnerKeys keys;
    private final PartnerProperties properties;
    private final Clock clock;
    private final Map<String, Decision> decisions = new ConcurrentHashMap<>();

    PartnerAuthorisation(
            JdbcClient jdbc, PartnerDirectory directory, PartnerKeys keys, PartnerProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.keys = keys;
        this.properties = properties;
        this.clock = clock;
    }

    private record Decision(
            @Nullable AuthorisedPartner partner, @Nullable PartnerError refusal, Instant until) {}

    private record Binding(
            String status,
            Instant expiresAt,
            UUID policyId,
            String policyName,
            String policyStatus,
            String policyKind,
            String document) {}

    private record Licence(String mispId, String status, Instant expiresAt) {}

    @Override
    public AuthorisedPartner authorise(String mispLicenceKey, String partnerId, String apiKey) {
        Instant now = clock.instant();
        String cacheKey = keys.hash(mispLicenceKey) + '|' + partnerId + '|' + keys.hash(apiKey);
        Decision decision = decisions.get(cacheKey);
        if (decision == null || decision.until().isBefore(now)) {
            decision = decide(keys.hash(mispLicenceKey), partnerId, keys.hash(apiKey), now);
            if (decisions.size() >= MAX_ENTRIES) {
                decisions.clear();
            }
            decisions.put(cacheKey, decision);
        }
        if (decision.refusal() != null) {
            throw new PartnerException(decision.refusal());
        }
        return java.util.Objects.requireNonNull(decision.partner());
    }

    @Override
    public Optional<Partner> find(PartnerId id) {
        return directory.find(id);
    }

    /**
     * Drops every cached decision now and again when the change commits (a request in between may
     * have cached the old state). A plain listener plus a synchronization rather than a transactional
     * event listener: the latter is tracked in the event registry, which needs a second connection
     * while the committing one is still held.
     */
    @EventListener
    void on(PartnerChanged change) {
        decisions.clear();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    decisions.clear();
                }
            });
        }
    }

    private Decision decide(String licenceHash, String partnerId, String apiKeyHash, Instant now) {
        Instant until = now.plus(properties.authorisationCache());
        try {
            return new Decision(check(licenceHash, partnerId, apiKeyHash, now), null, until);
        } catch (PartnerException refused) {
            return new Decision(null, refused.error(), until);
        }
    }

    private AuthorisedPartner check(String licenceHash, String partnerId, String apiKeyHash, Instant now) {
        if (!PartnerId.isWellFormed(partnerId)) {
            throw new PartnerException(PartnerError.PARTNER_NOT_REGISTERED);
        }
        PartnerId id = new PartnerId(partnerId);
        Binding binding =
                binding(id, apiKeyHash).orElseThrow(() -> new PartnerException(PartnerError.PARTNER_NOT_REGISTERED));
        Partner partner = directory.require(id);
        require(partner.active(), PartnerError.PARTNER_DEACTIVATED);
        require("AUTH".equals(binding.policyKind()), PartnerError.INVALID_POLICY_ID);
        require("ACTIVE".equals(binding.policyStatus()), PartnerError.PARTNER_POLICY_NOT_ACTIVE);
        require("ACTIVE".equals(binding.status()), PartnerError.PARTNER_DEACTIVATED);
        require(binding.expiresAt().isAfter(now), PartnerError.PARTNER_API_EXPIRED);
        Licence licence =
                licence(licenceHash).orElseThrow(() -> new PartnerException(PartnerError.INVALID_LICENCE_KEY));
        require("ACTIVE".equals(licence.status()), PartnerError.LICENCE_KEY_SUSPENDED);
        require(licence.expiresAt().isAfter(now), PartnerError.LICENCE_KEY_EXPIRED);
        PartnerId misp = new PartnerId(licence.mispId());
        require(directory.find(misp).map(Partner::active).orElse(false), PartnerError.INVALID_LICENCE_KEY);
        X509Certificate certificate = directory.certificate(id).orElse(null);
        X509Certificate mispCertificate = directory.certificate(misp).orElse(null);
        return new AuthorisedPartner(
                partner,
                binding.policyId(),
                binding.policyName(),
                PolicyDocuments.authPolicy(
                        tools.jackson.databind.json.JsonMapper.builder().build().readTree(binding.document())),
                certificate,
                misp,
                mispCertificate);
    }

    private Optional<Binding> binding(PartnerId id, String apiKeyHash) {
        return jdbc.sql("SELECT k.status, k.expires_at, p.id, p.name, p.status, p.policy_type, v.document::text"
                        + " FROM partner.api_key k JOIN partner.policy p ON p.id = k.policy_id"
                        + " JOIN partner.policy_version v ON v.policy_id = p.id AND v.version = p.version"
                        + " JOIN partner.policy_mapping m ON m.partner_id = k.partner_id AND m.policy_id = p.id"
                        + " AND m.status = 'APPROVED'"
                        + " WHERE k.key_hash = :hash AND k.partner_id = :partner")
                .param("hash", apiKeyHash)
                .param("partner", id.value())
                .query((rs, n) -> new Binding(
                        rs.getString(1),
                        rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getObject(3, UUID.class),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7)))
                .optional();
    }

    private Optional<Licence> licence(String licenceHash) {
        return jdbc.sql("SELECT misp_id, status, expires_at FROM partner.misp_licence WHERE key_hash = :hash")
                .param("hash", licenceHash)
                .query((rs, n) -> new Licence(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant()))
                .optional();
    }

    private static void require(boolean condition, PartnerError refusal) {
        if (!condition) {
            throw new PartnerException(refusal);
        }
    }
}
