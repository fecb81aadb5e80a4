package org.openfid.identity.numbers;

import java.security.SecureRandom;
import java.util.Optional;
import org.openfid.identity.IdNumbers;
import org.openfid.identity.IdentityError;
import org.openfid.identity.IdentityException;
import org.openfid.identity.NumberRule;
import org.openfid.identity.Rid;
import org.openfid.identity.Uin;
import org.openfid.identity.Vid;
import org.openfid.masterdata.CentreId;
import org.openfid.masterdata.MachineId;
import org.openfid.masterdata.ReferenceData;
import org.openfid.platform.AuditRecorder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues UINs and VIDs from the pools and RIDs from their sequences, and judges numbers against the
 * configured rules. A number leaves the pool and enters the register of issued hashes in the
 * caller's transaction; the register's primary key guarantees it is never issued twice.
 */
@Component
public class NumberIssuer implements IdNumbers {

    static final String MODULE = "identity";

    /** Candidates tried when the pool is empty before giving up (the rules keep ~5% of them). */
    private static final int DIRECT_ATTEMPTS = 200;

    private final NumberPool pool;
    private final PoolRefill refill;
    private final RidSequence rids;
    private final ReferenceData referenceData;
    private final AuditRecorder audit;

    NumberIssuer(
            NumberPool pool, PoolRefill refill, RidSequence rids, ReferenceData referenceData, AuditRecorder audit) {
        this.pool = pool;
        this.refill = refill;
        this.rids = rids;
        this.referenceData = referenceData;
        this.audit = audit;
    }

    @Override
    @Transactional
    public Uin issueUin() {
        return new Uin(issue(NumberKind.UIN, NumberPool.ASSIGNED));
    }

    @Override
    @Transactional
    public Vid issueVid() {
        return new Vid(issue(NumberKind.VID, NumberPool.ASSIGNED));
    }

    /**
     * Takes an unused number and records its hash with {@code status}, in the caller's transaction.
     * When the pool is empty, numbers are generated here and a refill is started.
     */
    @Transactional
    public String issue(NumberKind kind, String status) {
        Optional<String> taken;
        while ((taken = pool.take(kind)).isPresent()) {
            String number = taken.get();
            String hash = refill.hash(kind, number);
            // a number claimed from outside while it sat in the pool is dropped, not issued again
            if (pool.record(kind, hash, status)) {
                audit.success(MODULE, kind + "_ISSUED", hash, status);
                return number;
            }
        }
        refill.refillSoon(kind);
        var generator = new NumberGenerator(refill.rules(kind), new SecureRandom());
        for (int attempt = 0; attempt < DIRECT_ATTEMPTS; attempt++) {
            String number = generator.next();
            String hash = refill.hash(kind, number);
            pool.remove(kind, number);
            if (pool.record(kind, hash, status)) {
                audit.success(MODULE, kind + "_ISSUED", hash, status);
                return number;
            }
        }
        throw new IdentityException(
                kind == NumberKind.UIN ? IdentityError.UIN_GENERATION_FAILED : IdentityError.VID_GENERATION_FAILED);
    }

    @Override
    @Transactional
    public void claimUin(Uin uin) {
        NumberRule broken = refill.rules(NumberKind.UIN).violation(uin.value());
        if (broken != null) {
            throw new IdentityException(IdentityError.INVALID_UIN, "The UIN breaks the rule " + broken);
        }
        String hash = refill.hash(NumberKind.UIN, uin.value());
        pool.remove(NumberKind.UIN, uin.value());
        if (pool.record(NumberKind.UIN, hash, NumberPool.ASSIGNED)
                || pool.changeStatus(NumberKind.UIN, hash, NumberPool.ISSUED, NumberPool.ASSIGNED)) {
            audit.success(MODULE, "UIN_CLAIMED", hash, null);
            return;
        }
        throw new IdentityException(IdentityError.RECORD_EXISTS, "This UIN is already assigned");
    }

    /**
     * MOSIP's acknowledgement of a UIN handed out by {@code GET /v1/idgenerator/uin}: ASSIGNED keeps
     * it for good, UNASSIGNED returns it to the pool. Only an ISSUED UIN can be acknowledged.
     */
    @Transactional
    public Acknowledgement acknowledge(Uin uin, boolean assigned) {
        if (refill.rules(NumberKind.UIN).violation(uin.value()) != null) {
            return Acknowledgement.NOT_FOUND;
        }
        String hash = refill.hash(NumberKind.UIN, uin.value());
        boolean done = assigned
                ? pool.changeStatus(NumberKind.UIN, hash, NumberPool.ISSUED, NumberPool.ASSIGNED)
                : pool.forget(NumberKind.UIN, hash, NumberPool.ISSUED);
        if (done) {
            if (!assigned) {
                pool.putBack(NumberKind.UIN, uin.value());
            }
            audit.success(MODULE, assigned ? "UIN_ASSIGNED" : "UIN_UNASSIGNED", hash, null);
            return Acknowledgement.DONE;
        }
        return pool.status(NumberKind.UIN, hash).isPresent() ? Acknowledgement.NOT_ISSUED : Acknowledgement.NOT_FOUND;
    }

    /** The outcome of {@link #acknowledge}. */
    public enum Acknowledgement {
        DONE,
        NOT_FOUND,
        NOT_ISSUED
    }

    @Override
    @Transactional
    public Rid nextRid(CentreId centre, MachineId machine) {
        if (!referenceData.activeMachineAt(machine, centre)) {
            throw new IdentityException(
                    IdentityError.INVALID_INPUT, "The machine is not an active machine of this registration centre");
        }
        Rid rid = rids.next(centre, machine);
        audit.success(MODULE, "RID_GENERATED", null, null);
        return rid;
    }

    @Override
    public boolean isValidUin(String value) {
        return uinViolation(value).isEmpty();
    }

    @Override
    public boolean isValidVid(String value) {
        return vidViolation(value).isEmpty();
    }

    @Override
    public boolean isValidRid(String value) {
        return ridViolation(value).isEmpty();
    }

    @Override
    public Optional<NumberRule> uinViolation(String value) {
        return Optional.ofNullable(refill.rules(NumberKind.UIN).violation(value));
    }

    @Override
    public Optional<NumberRule> vidViolation(String value) {
        return Optional.ofNullable(refill.rules(NumberKind.VID).violation(value));
    }

    @Override
    public Optional<NumberRule> ridViolation(String value) {
        return Optional.ofNullable(RidSequence.violation(value));
    }
}
