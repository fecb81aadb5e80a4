package org.openfid.partner.registry;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.openfid.keys.Certificates;
import org.openfid.keys.KeysException;
import org.openfid.keys.TrustedCertificate;
import org.openfid.partner.Partner;
import org.openfid.partner.PartnerError;
import org.openfid.partner.PartnerException;
import org.openfid.partner.PartnerId;
import org.openfid.partner.PartnerType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partners, their certificates and their policy mappings (a partner asks to use a policy of its group;
 * an administrator approves or rejects).
 */
@Service
public class PartnerDirectory {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{2,63}");
    private static final String SELECT = "SELECT p.id, p.name, p.organisation, p.partner_type, p.contact_email,"
            + " p.status, g.name AS group_name, p.certificate_thumbprint, p.created_at, p.updated_at"
            + " FROM partner.partner p LEFT JOIN partner.policy_group g ON g.id = p.policy_group_id";

    private final JdbcClient jdbc;
    private final PolicyCatalogue policies;
    private final Certificates certificates;
    private final PartnerChanges changes;
    private final Clock clock;

    PartnerDirectory(
            JdbcClient jdbc, PolicyCatalogue policies, Certificates certificates, PartnerChanges changes, Clock clock) {
        this.jdbc = jdbc;
        this.policies = policies;
        this.certificates = certificates;
        this.changes = changes;
        this.clock = clock;
    }

    /**
     * What registering a partner needs.
     *
     * @param id its id
     * @param name display name
     * @param organisation organisation name
     * @param type partner type
     * @param contactEmail organisation contact address
     * @param policyGroup policy group name; required for types that work under a policy
     */
    public record Registration(
            PartnerId id,
            String name,
            String organisation,
            PartnerType type,
            String contactEmail,
            @Nullable String policyGroup) {}

    /**
     * A partner's request to use a policy.
     *
     * @param id mapping id
     * @param partnerId the partner
     * @param policyName the policy
     * @param status REQUESTED, APPROVED or REJECTED
     * @param useCase why the partner needs it
     */
    public record PolicyMapping(UUID id, String partnerId, String policyName, String status, String useCase) {}

    @Transactional
    public Partner register(Registration registration) {
        requireText(registration.name(), "name");
        requireText(registration.organisation(), "organisation");
        if (registration.contactEmail() == null
                || !EMAIL.matcher(registration.contactEmail()).matches()) {
            throw new PartnerException(PartnerError.INVALID_INPUT, "contactEmail must be an e-mail address");
        }
        UUID group = groupOf(registration);
        if (find(registration.id()).isPresent()) {
            throw new PartnerException(PartnerError.PARTNER_EXISTS);
        }
        jdbc.sql("INSERT INTO partner.partner (id, name, organisation, partner_type, contact_email, status,"
                        + " policy_group_id, created_at, updated_at) VALUES (:id, :name, :organisation, :type,"
                        + " :email, 'ACTIVE', :group, :now, :now)")
                .param("id", registration.id().value())
                .param("name", registration.name())
                .param("organisation", registration.organisation())
                .param("type", registration.type().name())
                .param("email", registration.contactEmail())
                .param("group", group)
                .param("now", now())
                .update();
        changes.changed(
                "PARTNER_REGISTERED",
                registration.id().value(),
                registration.id().value(),
                registration.type().name());
        return require(registration.id());
    }

    public Optional<Partner> find(PartnerId id) {
        return jdbc.sql(SELECT + " WHERE p.id = :id")
                .param("id", id.value())
                .query(PartnerDirectory::partner)
                .optional();
    }

    public List<Partner> list(@Nullable PartnerType type) {
        return jdbc.sql(SELECT + " WHERE (CAST(:type AS text) IS NULL OR p.partner_type = :type) ORDER BY p.id")
                .param("type", type == null ? null : type.name())
                .query(PartnerDirectory::partner)
                .list();
    }

    public Partner require(PartnerId id) {
        return find(id).orElseThrow(() -> new PartnerException(PartnerError.PARTNER_NOT_FOUND));
    }

    /** Activates or deactivates a partner; a deactivated partner is refused on every API. */
    @Transactional
    public Partner changeStatus(PartnerId id, boolean active) {
        require(id);
        jdbc.sql("UPDATE partner.partner SET status = :status, updated_at = :now WHERE id = :id")
                .param("status", active ? "ACTIVE" : "DEACTIVATED")
                .param("now", now())
                .param("id", id.value())
                .update();
        changes.changed(active ? "PARTNER_ACTIVATED" : "PARTNER_DEACTIVATED", id.value(), id.value(), null);
        return require(id);
    }

    /**
     * Registers the partner's certificate (leaf first, then any intermediates), which must chain to a
     * CA certificate an administrator uploaded for {@code domain}; returns the copy re-signed by the
     * platform, as MOSIP's PMS does. The previous certificate stops verifying request signatures.
     */
    @Transactional
    public TrustedCertificate uploadCertificate(PartnerId id, String pem, String domain) {
        Partner partner = require(id);
        if (!partner.active()) {
            throw new PartnerException(PartnerError.PARTNER_INACTIVE);
        }
        TrustedCertificate stored;
        X509Certificate leaf;
        try {
            stored = certificates.uploadPartnerCertificate(id.value(), pem, domain);
            leaf = certificates.parse(stored.certificatePem());
        } catch (KeysException e) {
            changes.refused("PARTNER_CERTIFICATE_UPLOADED", id.value(), e.code());
            throw new PartnerException(PartnerError.CERTIFICATE_INVALID, e.getMessage());
        }
        jdbc.sql("UPDATE partner.partner SET certificate_pem = :pem, certificate_thumbprint = :thumbprint,"
                        + " updated_at = :now WHERE id = :id")
                .param("pem", Pems.of(leaf))
                .param("thumbprint", stored.id())
                .param("now", now())
                .param("id", id.value())
                .update();
        changes.changed("PARTNER_CERTIFICATE_UPLOADED", id.value(), id.value(), stored.id());
        return stored;
    }

    /** The registered certificate of a partner, if any. */
    public Optional<X509Certificate> certificate(PartnerId id) {
        return jdbc.sql("SELECT certificate_pem FROM partner.partner WHERE id = :id AND certificate_pem IS NOT NULL")
                .param("id", id.value())
                .query(String.class)
                .optional()
                .map(certificates::parse);
    }

    /** A partner asks to use a published policy of its own group. */
    @Transactional
    public PolicyMapping requestPolicy(PartnerId id, String policyName, String useCase) {
        Partner partner = require(id);
        requireText(useCase, "useCaseDescription");
        PolicyCatalogue.Policy policy =
                policies.byName(policyName).orElseThrow(() -> new PartnerException(PartnerError.POLICY_NOT_FOUND));
        if (!"ACTIVE".equals(policy.status())) {
            throw new PartnerException(PartnerError.POLICY_NOT_ACTIVE);
        }
        if (!policy.group().equals(partner.policyGroup())) {
            throw new PartnerException(
                    PartnerError.POLICY_NOT_FOUND, "The policy is not in the partner's policy group");
        }
        if (mapping(id, policy.id()).isPresent()) {
            throw new PartnerException(PartnerError.MAPPING_EXISTS);
        }
        UUID mappingId = UUID.randomUUID();
        jdbc.sql("INSERT INTO partner.policy_mapping (id, partner_id, policy_id, status, use_case, created_at)"
                        + " VALUES (:id, :partner, :policy, 'REQUESTED', :useCase, :now)")
                .param("id", mappingId)
                .param("partner", id.value())
                .param("policy", policy.id())
                .param("useCase", useCase)
                .param("now", now())
                .update();
        changes.changed("POLICY_MAPPING_REQUESTED", id.value(), id.value(), policyName);
        return requireMapping(mappingId);
    }

    /** An administrator approves or rejects a requested mapping. */
    @Transactional
    public PolicyMapping decide(UUID mappingId, boolean approved) {
        PolicyMapping mapping = requireMapping(mappingId);
        jdbc.sql("UPDATE partner.policy_mapping SET status = :status, decided_at = :now WHERE id = :id")
                .param("status", approved ? "APPROVED" : "REJECTED")
                .param("now", now())
                .param("id", mappingId)
                .update();
        changes.changed(
                approved ? "POLICY_MAPPING_APPROVED" : "POLICY_MAPPING_REJECTED",
                mapping.partnerId(),
                mapping.partnerId(),
                mapping.policyName());
        return requireMapping(mappingId);
    }

    public List<PolicyMapping> mappings(PartnerId id) {
        return jdbc.sql(MAPPINGS + " WHERE m.partner_id = :id ORDER BY m.created_at")
                .param("id", id.value())
                .query(PartnerDirectory::mapping)
                .list();
    }

    Optional<PolicyMapping> mapping(PartnerId partner, UUID policy) {
        return jdbc.sql(MAPPINGS + " WHERE m.partner_id = :partner AND m.policy_id = :policy")
                .param("partner", partner.value())
                .param("policy", policy)
                .query(PartnerDirectory::mapping)
                .optional();
    }

    private PolicyMapping requireMapping(UUID id) {
        return jdbc.sql(MAPPINGS + " WHERE m.id = :id")
                .param("id", id)
                .query(PartnerDirectory::mapping)
                .optional()
                .orElseThrow(() -> new PartnerException(PartnerError.MAPPING_NOT_FOUND));
    }

    private @Nullable UUID groupOf(Registration registration) {
        if (registration.policyGroup() == null || registration.policyGroup().isBlank()) {
            if (registration.type().policyRequired()) {
                throw new PartnerException(
                        PartnerError.INVALID_INPUT,
                        "policyGroup is required for partners of type " + registration.type());
            }
            return null;
        }
        return policies.group(registration.policyGroup())
                .orElseThrow(() -> new PartnerException(PartnerError.POLICY_GROUP_NOT_FOUND))
                .id();
    }

    private static final String MAPPINGS = "SELECT m.id, m.partner_id, p.name AS policy_name, m.status, m.use_case"
            + " FROM partner.policy_mapping m JOIN partner.policy p ON p.id = m.policy_id";

    private static PolicyMapping mapping(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new PolicyMapping(
                rs.getObject("id", UUID.class),
                rs.getString("partner_id"),
                rs.getString("policy_name"),
                rs.getString("status"),
                rs.getString("use_case"));
    }

    private static Partner partner(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Partner(
                new PartnerId(rs.getString("id")),
                rs.getString("name"),
                rs.getString("organisation"),
                PartnerType.valueOf(rs.getString("partner_type")),
                rs.getString("contact_email"),
                "ACTIVE".equals(rs.getString("status")),
                rs.getString("group_name"),
                rs.getString("certificate_thumbprint"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    static void requireText(@Nullable String value, String field) {
        if (value == null || value.isBlank() || value.length() > 256) {
            throw new PartnerException(PartnerError.INVALID_INPUT, field + " must be 1-256 characters");
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
