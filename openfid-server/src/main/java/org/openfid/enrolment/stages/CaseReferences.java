package org.openfid.enrolment.stages;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.openfid.identity.IdentityId;
import org.openfid.identity.Rid;
import org.openfid.spi.abis.ReferenceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The ABIS reference id of an enrolment is its case id: the ABIS learns neither RID nor UIN, and a
 * candidate maps back to the earlier registration (and the identity it made) through the case table.
 */
@Component
class CaseReferences {

    private final JdbcClient jdbc;

    CaseReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static ReferenceId of(UUID caseId) {
        return new ReferenceId(caseId.toString());
    }

    /** An earlier registration behind a reference id. */
    record Registration(Rid rid, @Nullable IdentityId identity, String status) {}

    /** The registrations behind these reference ids; ids that are not enrolment cases are absent. */
    Map<String, Registration> registrations(Collection<ReferenceId> references) {
        List<UUID> ids = references.stream()
                .map(ReferenceId::value)
                .map(CaseReferences::uuid)
                .flatMap(Optional::stream)
                .toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("SELECT id, rid, identity_id, status FROM enrolment.enrolment_case WHERE id IN (:ids)")
                .param("ids", ids)
                .query((rs, n) -> Map.entry(
                        rs.getObject("id", UUID.class).toString(),
                        new Registration(
                                new Rid(rs.getString("rid")),
                                rs.getObject("identity_id", UUID.class) == null
                                        ? null
                                        : new IdentityId(rs.getObject("identity_id", UUID.class)),
                                rs.getString("status"))))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
