package org.openfid.authentication.flow;

import org.openfid.authentication.IdaError;
import org.openfid.authentication.IdaRefusal;
import org.openfid.authentication.bio.Enrolment;
import org.openfid.identity.AuthenticationSubject;
import org.openfid.identity.IdType;
import org.openfid.identity.Identities;
import org.openfid.identity.IdentityError;
import org.openfid.identity.IdentityException;
import org.openfid.identity.IdentityRecord;
import org.openfid.identity.IndividualId;
import org.openfid.identity.UinStatus;
import org.openfid.identity.UnusableVidException;
import org.openfid.identity.Vid;
import org.openfid.identity.VidStatus;
import org.openfid.identity.Vids;
import org.openfid.keys.KeyRef;
import org.openfid.keys.KeyedHashes;
import org.springframework.stereotype.Component;

/**
 * Finds the person behind a UIN or VID in the identity registry and refuses the ones that may not
 * authenticate, with the errors MOSIP gives: unknown, or a VID that is revoked or used up ({@code
 * IDA-MLC-018}: MOSIP removes those from its store), a VID that is expired, deactivated or invalidated
 * ({@code -023}), a blocked or deactivated UIN ({@code -022}). The answers reveal no more than
 * MOSIP's do.
 */
@Component
public class Individuals {

    /** Names a person in the history and the audit trail without their numbers. */
    public static final KeyRef INDIVIDUAL_HASH = KeyRef.of("IDA", "INDIVIDUAL");

    private final Identities identities;
    private final Vids vids;
    private final KeyedHashes hashes;

    Individuals(Identities identities, Vids vids, KeyedHashes hashes) {
        this.identities = identities;
        this.vids = vids;
        this.hashes = hashes;
    }

    /** Resolves and checks the person; call inside the request's transaction (VIDs are locked). */
    public Individual resolve(IndividualId id) {
        Vid vid = null;
        IndividualId byUin = id;
        if (id.type() == IdType.VID) {
            vid = new Vid(id.value());
            byUin = IndividualId.of(vidHolder(vid));
        }
        AuthenticationSubject subject = identities
                .readForAuthentication(new org.openfid.identity.Uin(byUin.value()))
                .orElseThrow(
                        () -> new IdaRefusal(IdaError.notInDatabase(id.type().name())));
        IdentityRecord record = subject.record();
        if (record.status() != UinStatus.ACTIVATED) {
            throw new IdaRefusal(IdaError.uinDeactivatedOrBlocked());
        }
        return new Individual(
                record.id(),
                record.uin(),
                id,
                vid,
                record.identity(),
                hash(record.id().value().toString()),
                subject.lockStatuses(),
                Enrolment.of(record));
    }

    /** The keyed hash under which a person's transactions are kept. */
    public String hash(String identityId) {
        return hashes.hash(INDIVIDUAL_HASH, identityId);
    }

    /** Counts one use of the VID (it becomes USED when its transactions run out). */
    public void countUse(Individual individual) {
        if (individual.vid() != null) {
            vids.recordTransaction(individual.vid());
        }
    }

    private org.openfid.identity.Uin vidHolder(Vid vid) {
        try {
            return vids.resolve(vid).uin();
        } catch (UnusableVidException e) {
            // MOSIP IDA deletes a revoked VID (REMOVE_ID) and one whose transactions ran out from its
            // store, so they are "not available in database"; expired or deactivated ones it keeps
            boolean gone = e.vidStatus() == VidStatus.REVOKED || e.vidStatus() == VidStatus.USED;
            throw new IdaRefusal(gone ? IdaError.notInDatabase("VID") : IdaError.vidUnusable());
        } catch (IdentityException e) {
            if (e.code().equals(IdentityError.NO_RECORD_FOUND.code())) {
                throw new IdaRefusal(IdaError.notInDatabase("VID"));
            }
            throw new IdaRefusal(IdaError.vidUnusable());
        }
    }
}
