package org.openfid.enrolment.stages;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openfid.enrolment.pipeline.CaseFile;
import org.openfid.enrolment.pipeline.Stage;
import org.openfid.enrolment.pipeline.StageOutcome;
import org.openfid.identity.Identities;
import org.openfid.identity.UinStatus;
import org.openfid.spi.abis.Abis;
import org.openfid.spi.abis.AbisException;
import org.openfid.spi.abis.IdentifyRequest;
import org.openfid.spi.abis.ReferenceId;
import org.openfid.spi.biometrics.BiometricSample;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * MOSIP's biometric authentication stage of an update: the applicant's fingers, captured at the
 * centre, must match the identity the packet's UIN names, or nobody could change someone else's
 * record by knowing their UIN. The search covers only that identity's records in the ABIS (the
 * records of the enrolments that made or updated it), with the ABIS's usual fused threshold.
 */
@Component
class BiometricAuthentication implements Stage {

    static final String NAME = "BIOMETRIC_AUTHENTICATION";
    static final String AUTHENTICATED = "RPR-BAU-SUCCESS-001";
    static final String NOT_MATCHED = "RPR-BAU-FAILED-001";
    static final String NO_IDENTITY = "RPR-BAU-FAILED-002";
    static final String NO_REFERENCE = "RPR-BAU-FAILED-003";
    static final String NO_BIOMETRICS = "RPR-BAU-FAILED-004";

    private final Identities identities;
    private final Abis abis;
    private final JdbcClient jdbc;

    BiometricAuthentication(Identities identities, Abis abis, JdbcClient jdbc) {
        this.identities = identities;
        this.abis = abis;
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public StageOutcome run(CaseFile file) {
        Optional<Identities.IdentityRef> identity =
                PacketIdentity.uin(file.packet()).flatMap(identities::find);
        if (identity.isEmpty() || identity.get().status() != UinStatus.ACTIVATED) {
            return StageOutcome.rejected(NO_IDENTITY, "The packet's UIN names no active identity");
        }
        List<BiometricSample> samples = PacketIdentity.applicantSamples(file.packet());
        if (samples.isEmpty()) {
            return StageOutcome.rejected(NO_BIOMETRICS, "An update needs the applicant's fingerprints to authenticate");
        }
        Set<ReferenceId> references = references(identity.get());
        if (references.isEmpty()) {
            return StageOutcome.rejected(NO_REFERENCE, "The identity has no biometric record to authenticate against");
        }
        try {
            var found = abis.identify(samples, new IdentifyRequest(references, 1, null));
            if (!found.duplicateFound()) {
                return StageOutcome.rejected(NOT_MATCHED, "The applicant's fingerprints do not match the identity");
            }
        } catch (AbisException e) {
            return StageOutcome.rejected(NO_BIOMETRICS, "The ABIS refused the applicant's biometrics: " + e.failure());
        }
        file.identity(identity.get().id());
        return StageOutcome.passed(AUTHENTICATED);
    }

    /** The ABIS records of the enrolments that created or changed the identity. */
    private Set<ReferenceId> references(Identities.IdentityRef identity) {
        return jdbc
                .sql("SELECT id FROM enrolment.enrolment_case WHERE identity_id = :id AND status = 'PROCESSED'")
                .param("id", identity.id().value())
                .query(UUID.class)
                .list()
                .stream()
                .map(CaseReferences::of)
                .collect(Collectors.toSet());
    }
}
