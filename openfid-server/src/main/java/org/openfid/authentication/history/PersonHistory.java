package org.openfid.authentication.history;

import java.util.List;
import org.openfid.authentication.AuthTransaction;
import org.openfid.authentication.AuthTransactions;
import org.openfid.authentication.IdaError;
import org.openfid.authentication.IdaRefusal;
import org.openfid.identity.IdNumbers;
import org.openfid.identity.IdType;
import org.openfid.identity.Identities;
import org.openfid.identity.IdentityException;
import org.openfid.identity.IndividualId;
import org.openfid.identity.ReadScope;
import org.openfid.identity.Vid;
import org.openfid.identity.Vids;
import org.openfid.keys.KeyRef;
import org.openfid.keys.KeyedHashes;
import org.openfid.platform.AuditRecorder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's authentication history: found through the same keyed hash of the identity id under
 * which every request is recorded, whether it came with the UIN or any VID. Every read is audited.
 */
@Service
class PersonHistory implements AuthTransactions {

    static final KeyRef INDIVIDUAL_HASH = KeyRef.of("IDA", "INDIVIDUAL");

    private final Identities identities;
    private final Vids vids;
    private final IdNumbers numbers;
    private final KeyedHashes hashes;
    private final TransactionLog log;
    private final AuditRecorder audit;

    PersonHistory(
            Identities identities,
            Vids vids,
            IdNumbers numbers,
            KeyedHashes hashes,
            TransactionLog log,
            AuditRecorder audit) {
        this.identities = identities;
        this.vids = vids;
        this.numbers = numbers;
        this.hashes = hashes;
        this.log = log;
        this.audit = audit;
    }

    @Override
    @Transactional
    public List<AuthTransaction> history(IndividualId id, int limit) {
        String hash = hashes.hash(INDIVIDUAL_HASH, identityId(id));
        audit.success("authentication", "HISTORY_READ", hash, null);
        return log.history(hash, Math.clamp(limit, 1, 500));
    }

    private String identityId(IndividualId id) {
        try {
            if (id.type() == IdType.VID) {
                if (!numbers.isValidVid(id.value())) {
                    throw new IdaRefusal(IdaError.invalidVid());
                }
                return vids.resolve(new Vid(id.value())).identity().value().toString();
            }
            if (id.type() != IdType.UIN || !numbers.isValidUin(id.value())) {
                throw new IdaRefusal(IdaError.invalidUin());
            }
            return identities.read(id, ReadScope.NONE).id().value().toString();
        } catch (IdentityException e) {
            throw new IdaRefusal(IdaError.notInDatabase(id.type().name()));
        }
    }
}
