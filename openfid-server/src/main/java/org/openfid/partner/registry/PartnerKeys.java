package org.openfid.partner.registry;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.openfid.keys.KeyRef;
import org.openfid.keys.KeyedHashes;
import org.openfid.partner.Partner;
import org.openfid.partner.PartnerError;
import org.openfid.partner.PartnerException;
import org.openfid.partner.PartnerId;
import org.openfid.partner.PartnerProperties;
import org.openfid.partner.PartnerType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API keys (a partner bound to one approved policy) and MISP licence keys. Each key is 256 random
 * bits, shown once in the response that creates it, and stored only as a keyed hash: a copy of the
 * database does not let anyone call the API.
 */
@Service
public class PartnerKeys {

    static final KeyRef KEY_HASH = KeyRef.of("PMS", "API_KEY");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final PartnerDirectory partners;
    private final PolicyCatalogue policies;
    private final KeyedHashes hashes;
    private final PartnerChanges changes;
    private final PartnerProperties properties;
    private final Clock clock;

    PartnerKeys(
            JdbcClient jdbc,
            PartnerDirectory partners,
            PolicyCatalogue policies,
            KeyedHashes hashes,
            PartnerChanges changes,
            PartnerProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.partners = partners;
        this.policies = policies;
        this.hashes = hashes;
        this.changes = changes;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * A new key, with its value (shown this once).
     *
     * @param value the key
     * @param label the API key's label, or the licence's MISP id
     * @param expiresAt when it expires
     */
    public record IssuedKey(String value, String label, Instant expiresAt) {}

    /**
     * What is stored about an API key.
     *
     * @param label its label
     * @param policyName the policy it is bound to
     * @param active whether it is active
     * @param expiresAt when it expires
     */
    public record ApiKey(String label, String policyName, boolean active, Instant expiresAt) {}

    /** Issues an API key binding the partner to a policy its use of which was approved. */
    @Transactional
    public IssuedKey generateApiKey(PartnerId id, String policyName, String label) {
        Partner partner = partners.require(id);
        if (label == null || !label.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new PartnerException(PartnerError.INVALID_INPUT, "label must be 1-64 of A-Z, a-z, 0-9, . _ -");
        }
        if (!partner.active()) {
            throw new PartnerException(PartnerError.PARTNER_INACTIVE);
        }
        PolicyCatalogue.Policy policy =
                policies.byName(policyName).orElseThrow(() -> new PartnerException(PartnerError.POLICY_NOT_FOUND));
        boolean approved = partners.mapping(id, policy.id())
                .filter(m -> "APPROVED".equals(m.status()))
                .isPresent();
        if (!approved) {
            throw new PartnerException(PartnerError.MAPPING_NOT_APPROVED);
        }
        if (apiKeys(id).stream().anyMatch(k -> k.label().equals(label))) {
            throw new PartnerException(PartnerError.API_KEY_EXISTS);
        }
        String value = randomKey();
        Instant expires = clock.instant().plus(properties.apiKeyValidity());
        jdbc.sql("INSERT INTO partner.api_key (key_hash, partner_id, policy_id, label, status, created_at, expires_at)"
                        + " VALUES (:hash, :partner, :policy, :label, 'ACTIVE', :now, :expires)")
                .param("hash", hash(value))
                .param("partner", id.value())
                .param("policy", policy.id())
                .param("label", label)
                .param("now", utc(clock.instant()))
                .param("expires", utc(expires))
                .update();
        changes.changed("API_KEY_GENERATED", id.value(), id.value(), label);
        return new IssuedKey(value, label, expires);
    }

    public List<ApiKey> apiKeys(PartnerId id) {
        return jdbc.sql("SELECT k.label, p.name, k.status, k.expires_at FROM partner.api_key k"
                        + " JOIN partner.policy p ON p.id = k.policy_id WHERE k.partner_id = :id ORDER BY k.created_at")
                .param("id", id.value())
                .query((rs, n) -> new ApiKey(
                        rs.getString(1),
                        rs.getString(2),
                        "ACTIVE".equals(rs.getString(3)),
                        rs.getObject(4, OffsetDateTime.class).toInstant()))
                .list();
    }

    /** Activates or deactivates one of the partner's API keys (by label). */
    @Transactional
    public ApiKey changeApiKeyStatus(PartnerId id, String label, boolean active) {
        int changed = jdbc.sql("UPDATE partner.api_key SET status = :status WHERE partner_id = :id AND label = :label")
                .param("status", active ? "ACTIVE" : "DEACTIVATED")
                .param("id", id.value())
                .param("label", label)
                .update();
        if (changed == 0) {
            throw new PartnerException(PartnerError.API_KEY_NOT_FOUND);
        }
        changes.changed(active ? "API_KEY_ACTIVATED" : "API_KEY_DEACTIVATED", id.value(), id.value(), label);
        return apiKeys(id).stream()
                .filter(k -> k.label().equals(label))
                .findFirst()
                .orElseThrow();
    }

    /** Issues a licence key to a MISP partner. */
    @Transactional
    public IssuedKey issueLicence(PartnerId misp) {
        Partner partner = partners.require(misp);
        if (partner.type() != PartnerType.MISP_Partner) {
            throw new PartnerException(PartnerError.NOT_A_MISP);
        }
        if (!partner.active()) {
            throw new PartnerException(PartnerError.PARTNER_INACTIVE);
        }
        String value = randomKey();
        Instant expires = clock.instant().plus(properties.licenceValidity());
        jdbc.sql("INSERT INTO partner.misp_licence (key_hash, misp_id, status, created_at, expires_at)"
                        + " VALUES (:hash, :misp, 'ACTIVE', :now, :expires)")
                .param("hash", hash(value))
                .param("misp", misp.value())
                .param("now", utc(clock.instant()))
                .param("expires", utc(expires))
                .update();
        changes.changed("LICENCE_KEY_ISSUED", misp.value(), misp.value(), null);
        return new IssuedKey(value, misp.value(), expires);
    }

    /** Suspends or re-activates a licence key (given by value, as the MISP holds it). */
    @Transactional
    public void changeLicenceStatus(PartnerId misp, String licenceKey, boolean active) {
        int changed = jdbc.sql(
                        "UPDATE partner.misp_licence SET status = :status WHERE key_hash = :hash AND misp_id = :misp")
                .param("status", active ? "ACTIVE" : "SUSPENDED")
                .param("hash", hash(licenceKey))
                .param("misp", misp.value())
                .update();
        if (changed == 0) {
            throw new PartnerException(PartnerError.LICENCE_NOT_FOUND);
        }
        changes.changed(active ? "LICENCE_KEY_ACTIVATED" : "LICENCE_KEY_SUSPENDED", misp.value(), misp.value(), null);
    }

    String hash(String key) {
        return hashes.hash(KEY_HASH, key);
    }

    private static String randomKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
