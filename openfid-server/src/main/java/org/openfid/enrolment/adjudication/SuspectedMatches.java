package org.openfid.enrolment.adjudication;

import java.util.List;
import java.util.UUID;
import org.openfid.identity.Rid;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The earlier registrations a case was suspected to duplicate, best score first: what the case
 * history shows, so that a reader (an operator, the enrolment benchmark) can tell whether a planted
 * duplicate was flagged against the right person. RIDs only, no scores of biometric detail.
 */
@Component
public class SuspectedMatches {

    private final JdbcClient jdbc;

    SuspectedMatches(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The matched RIDs of the case's review; empty when it has none. Matches of ABIS records that came
     * from no enrolment (a migrated or pre-loaded gallery) have no RID: the adjudication API lists
     * them by reference id.
     */
    public List<Rid> of(UUID caseId) {
        return jdbc.sql("""
                        SELECT matched_rid FROM enrolment.adjudication_match
                        WHERE case_id = :id AND matched_rid IS NOT NULL ORDER BY score DESC, matched_rid
                        """).param("id", caseId).query(String.class).list().stream()
                .map(Rid::new)
                .toList();
    }
}
