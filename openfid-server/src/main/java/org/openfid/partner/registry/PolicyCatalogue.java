package org.openfid.partner.registry;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openfid.partner.PartnerChanged;
import org.openfid.partner.PartnerError;
import org.openfid.partner.PartnerException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Policy groups and versioned policies. A policy starts as a draft; publishing makes it usable; an
 * update writes a new version (the old ones stay, so what a partner was allowed at a given time stays
 * known) and takes effect at once for a published policy; deactivation stops every API key bound to it.
 */
@Service
public class PolicyCatalogue {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final PartnerChanges changes;
    private final Clock clock;

    PolicyCatalogue(JdbcClient jdbc, PartnerChanges changes, Clock clock) {
        this.jdbc = jdbc;
        this.changes = changes;
        this.clock = clock;
    }

    /**
     * A policy group.
     *
     * @param id its id
     * @param name its unique name
     * @param description what it is for
     * @param active whether it is active
     */
    public record PolicyGroup(UUID id, String name, String description, boolean active) {}

    /**
     * A policy at its current version.
     *
     * @param id its id
     * @param group the group's name
     * @param name its unique name
     * @param description what it is for
     * @param kind AUTH or DATA_SHARE
     * @param status DRAFT, ACTIVE or DEACTIVATED
     * @param version its current version
     * @param document the current version's document
     * @param updatedAt when it last changed
     */
    public record Policy(
            UUID id,
            String group,
            String name,
            String description,
            PolicyDocuments.Kind kind,
            String status,
            int version,
            JsonNode document,
            Instant updatedAt) {}

    @Transactional
    public PolicyGroup createGroup(String name, String description) {
        requireName(name, "name");
        if (jdbc.sql("SELECT count(*) FROM partner.policy_group WHERE name = :name")
                        .param("name", name)
                        .query(Long.class)
                        .single()
                > 0) {
            throw new PartnerException(PartnerError.POLICY_GROUP_EXISTS);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO partner.policy_group (id, name, description, status, created_at)"
                        + " VALUES (:id, :name, :description, 'ACTIVE', :now)")
                .param("id", id)
                .param("name", name)
                .param("description", description)
                .param("now", now())
                .update();
        changes.changed("POLICY_GROUP_CREATED", PartnerChanged.EVERYONE, name, name);
        return new PolicyGroup(id, name, description, true);
    }

    public List<PolicyGroup> groups() {
        return jdbc.sql("SELECT id, name, description, status FROM partner.policy_group ORDER BY name")
                .query((rs, n) -> new PolicyGroup(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getString("description"),
                        "ACTIVE".equals(rs.getString("status"))))
                .list();
    }

    public Optional<PolicyGroup> group(String name) {
        return groups().stream().filter(g -> g.name().equals(name)).findFirst();
    }

    /** Creates a policy as a draft at version 1, after validating its document. */
    @Transactional
    public Policy create(
            String groupName, String name, String description, PolicyDocuments.Kind kind, JsonNode document) {
        requireName(name, "name");
        PolicyGroup group =
                group(groupName).orElseThrow(() -> new PartnerException(PartnerError.POLICY_GROUP_NOT_FOUND));
        PolicyDocuments.validate(kind, document);
        if (byName(name).isPresent()) {
            throw new PartnerException(PartnerError.POLICY_EXISTS);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql(
                        "INSERT INTO partner.policy (id, group_id, name, description, policy_type, status, version,"
                                + " created_at, updated_at) VALUES (:id, :group, :name, :description, :kind, 'DRAFT', 1, :now, :now)")
                .param("id", id)
                .param("group", group.id())
                .param("name", name)
                .param("description", description)
                .param("kind", kind.name())
                .param("now", now())
                .update();
        insertVersion(id, 1, document);
        changes.changed("POLICY_CREATED", PartnerChanged.EVERYONE, name, "v1");
        return require(id);
    }

    /** Writes a new version of a policy's document; a published policy uses it at once. */
    @Transactional
    public Policy update(UUID id, String description, JsonNode document) {
        Policy policy = require(id);
        if ("DEACTIVATED".equals(policy.status())) {
            throw new PartnerException(PartnerError.POLICY_STATE, "A deactivated policy cannot be changed");
        }
        PolicyDocuments.validate(policy.kind(), document);
        int version = policy.version() + 1;
        insertVersion(id, version, document);
        jdbc.sql("UPDATE partner.policy SET version = :version, description = :description, updated_at = :now"
                        + " WHERE id = :id")
                .param("version", version)
                .param("description", description)
                .param("now", now())
                .param("id", id)
                .update();
        changes.changed("POLICY_UPDATED", PartnerChanged.EVERYONE, policy.name(), "v" + version);
        return require(id);
    }

    /** Publishes a draft: partners may then request it and API keys may be bound to it. */
    @Transactional
    public Policy publish(UUID id, UUID groupId) {
        Policy policy = requireInGroup(id, groupId);
        if (!"DRAFT".equals(policy.status())) {
            throw new PartnerException(PartnerError.POLICY_STATE, "Only a draft policy can be published");
        }
        return setStatus(policy, "ACTIVE", "POLICY_PUBLISHED");
    }

    /** Activates or deactivates a published policy. */
    @Transactional
    public Policy changeStatus(UUID id, UUID groupId, boolean active) {
        Policy policy = requireInGroup(id, groupId);
        if ("DRAFT".equals(policy.status())) {
            throw new PartnerException(PartnerError.POLICY_STATE, "Publish the draft first");
        }
        return setStatus(policy, active ? "ACTIVE" : "DEACTIVATED", active ? "POLICY_ACTIVATED" : "POLICY_DEACTIVATED");
    }

    public Optional<Policy> find(UUID id) {
        return jdbc.sql(SELECT + " WHERE p.id = :id")
                .param("id", id)
                .query(PolicyCatalogue::policy)
                .optional();
    }

    public Optional<Policy> byName(String name) {
        return jdbc.sql(SELECT + " WHERE p.name = :name")
                .param("name", name)
                .query(PolicyCatalogue::policy)
                .optional();
    }

    public List<Policy> list() {
        return jdbc.sql(SELECT + " ORDER BY p.name")
                .query(PolicyCatalogue::policy)
                .list();
    }

    /** Every version's document, oldest first. */
    public List<JsonNode> versions(UUID id) {
        require(id);
        return jdbc.sql("SELECT document::text FROM partner.policy_version WHERE policy_id = :id ORDER BY version")
                .param("id", id)
                .query((rs, n) -> JSON.readTree(rs.getString(1)))
                .list();
    }

    Policy require(UUID id) {
        return find(id).orElseThrow(() -> new PartnerException(PartnerError.POLICY_NOT_FOUND));
    }

    private Policy requireInGroup(UUID id, UUID groupId) {
        Policy policy = require(id);
        boolean inGroup = groups().stream()
                .anyMatch(g -> g.id().equals(groupId) && g.name().equals(policy.group()));
        if (!inGroup) {
            throw new PartnerException(PartnerError.POLICY_NOT_FOUND, "The policy is not in this policy group");
        }
        return policy;
    }

    private Policy setStatus(Policy policy, String status, String action) {
        jdbc.sql("UPDATE partner.policy SET status = :status, updated_at = :now WHERE id = :id")
                .param("status", status)
                .param("now", now())
                .param("id", policy.id())
                .update();
        changes.changed(action, PartnerChanged.EVERYONE, policy.name(), status);
        return require(policy.id());
    }

    private void insertVersion(UUID id, int version, JsonNode document) {
        jdbc.sql("INSERT INTO partner.policy_version (policy_id, version, document, created_at)"
                        + " VALUES (:id, :version, CAST(:document AS jsonb), :now)")
                .param("id", id)
                .param("version", version)
                .param("document", JSON.writeValueAsString(document))
                .param("now", now())
                .update();
    }

    private static final String SELECT = "SELECT p.id, g.name AS group_name, p.name, p.description, p.policy_type,"
            + " p.status, p.version, p.updated_at, v.document::text AS document FROM partner.policy p"
            + " JOIN partner.policy_group g ON g.id = p.group_id"
            + " JOIN partner.policy_version v ON v.policy_id = p.id AND v.version = p.version";

    private static Policy policy(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Policy(
                rs.getObject("id", UUID.class),
                rs.getString("group_name"),
                rs.getString("name"),
                rs.getString("description"),
                PolicyDocuments.Kind.valueOf(rs.getString("policy_type")),
                rs.getString("status"),
                rs.getInt("version"),
                JSON.readTree(rs.getString("document")),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    static void requireName(@Nullable String value, String field) {
        if (value == null || !value.matches("[A-Za-z0-9._ -]{3,64}")) {
            throw new PartnerException(
                    PartnerError.INVALID_INPUT, field + " must be 3-64 of A-Z, a-z, 0-9, space . _ -");
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
