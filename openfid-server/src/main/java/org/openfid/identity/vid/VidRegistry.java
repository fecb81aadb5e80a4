package org.openfid.identity.vid;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openfid.identity.IdNumbers;
import org.openfid.identity.Identities;
import org.openfid.identity.Identities.IdentityRef;
import org.openfid.identity.IdentityError;
import org.openfid.identity.IdentityException;
import org.openfid.identity.IdentityId;
import org.openfid.identity.IdentityStatusChanged;
import org.openfid.identity.Uin;
import org.openfid.identity.UinStatus;
import org.openfid.identity.UnusableVidException;
import org.openfid.identity.Vid;
import org.openfid.identity.VidCreated;
import org.openfid.identity.VidDetails;
import org.openfid.identity.VidRevoked;
import org.openfid.identity.VidStatus;
import org.openfid.identity.Vids;
import org.openfid.identity.hashing.IdentifierHashes;
import org.openfid.identity.record.VidDirectory;
import org.openfid.platform.AuditRecorder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The VID lifecycle under the configured policies. Every operation runs in one transaction holding
 * the identity's VID lock, publishes {@link VidCreated} / {@link VidRevoked} and is audited with the
 * VID's keyed hash as target. Resolution and transaction counting keep their side effects (a VID
 * found expired becomes EXPIRED) even when they then refuse the VID.
 */
@Component
class VidRegistry implements Vids, VidDirectory {

    static final String MODULE = "identity";
    private static final Set<VidStatus> REGENERABLE =
            EnumSet.of(VidStatus.ACTIVE, VidStatus.REVOKED, VidStatus.EXPIRED, VidStatus.USED);

    private final VidStore store;
    private final VidPolicies policies;
    private final IdNumbers numbers;
    private final Identities identities;
    private final IdentifierHashes hashes;
    private final ApplicationEventPublisher events;
    private final AuditRecorder audit;
    private final Clock clock;

    VidRegistry(
            VidStore store,
            VidPolicies policies,
            IdNumbers numbers,
            Identities identities,
            IdentifierHashes hashes,
            ApplicationEventPublisher events,
            AuditRecorder audit,
            Clock clock) {
        this.store = store;
        this.policies = policies;
        this.numbers = numbers;
        this.identities = identities;
        this.hashes = hashes;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public CreatedVid create(Uin uin, String type) {
        VidPolicy policy = policies.of(type);
        IdentityRef identity = activeIdentity(uin);
        store.lockIdentity(identity.id());
        List<VidDetails> active = activeOfType(identity.id(), type);
        if (active.size() >= policy.instancesAllowed()) {
            if (!policy.autoRestoreAllowed()) {
                throw new IdentityException(
                        IdentityError.VID_POLICY_FAILED,
                        "The identity already holds the " + policy.instancesAllowed() + " " + type
                                + " VID(s) the policy allows");
            }
            setStatus(active.getLast(), VidStatus.REVOKED);
        }
        return issue(identity.id(), policy);
    }

    @Override
    @Transactional
    public StatusChange changeStatus(Vid vid, VidStatus status) {
        if (status == VidStatus.ACTIVE) {
            throw new IdentityException(
                    IdentityError.INVALID_INPUT,
                    "vidStatus must be REVOKED, INVALIDATED, USED, EXPIRED or DEACTIVATED");
        }
        VidDetails current = usable(vid);
        store.lockIdentity(current.identity());
        VidDetails changed = setStatus(current, status);
        VidPolicy policy = policies.of(current.type());
        CreatedVid restored = policy.autoRestoreAllowed() && status.name().equals(policy.restoreOnAction())
                ? issue(current.identity(), policy)
                : null;
        return new StatusChange(changed, restored);
    }

    @Override
    @Transactional
    public CreatedVid regenerate(Vid vid) {
        VidDetails current = refreshed(load(vid));
        if (!REGENERABLE.contains(current.status())) {
            throw new IdentityException(
                    IdentityError.VID_POLICY_FAILED, "A " + current.status() + " VID cannot be regenerated");
        }
        IdentityRef identity = identities
                .find(current.identity())
                .orElseThrow(() -> new IdentityException(IdentityError.NO_RECORD_FOUND));
        requireActive(identity);
        store.lockIdentity(current.identity());
        VidPolicy policy = policies.of(current.type());
        if (current.status() == VidStatus.ACTIVE) {
            setStatus(current, VidStatus.REVOKED);
        } else if (activeOfType(current.identity(), current.type()).size() >= policy.instancesAllowed()) {
            throw new IdentityException(
                    IdentityError.VID_POLICY_FAILED,
                    "The identity already holds the VIDs of this type the policy allows");
        }
        return issue(current.identity(), policy);
    }

    @Override
    @Transactional(noRollbackFor = IdentityException.class)
    public Resolved resolve(Vid vid) {
        VidDetails current = usable(vid);
        IdentityRef identity = identities
                .find(current.identity())
                .orElseThrow(() -> new IdentityException(IdentityError.NO_RECORD_FOUND));
        return new Resolved(identity.id(), identity.uin(), current);
    }

    @Override
    @Transactional(noRollbackFor = IdentityException.class)
    public VidDetails recordTransaction(Vid vid) {
        VidDetails current = usable(vid);
        Integer left = current.transactionsLeft();
        if (left == null) {
            return current;
        }
        VidStatus status = left <= 1 ? VidStatus.USED : VidStatus.ACTIVE;
        store.update(current.id(), status, left - 1, clock.instant());
        if (status == VidStatus.USED) {
            events.publishEvent(new VidRevoked(current.id(), current.identity(), status, clock.instant()));
        }
        audit.success(MODULE, "VID_TRANSACTION", hashes.vid(vid), status.name());
        return with(current, status, left - 1);
    }

    @Override
    @Transactional
    public List<VidDetails> list(Uin uin) {
        IdentityRef identity = existingIdentity(uin);
        return store.ofIdentity(identity.id()).stream().map(this::refreshed).toList();
    }

    @Override
    @Transactional
    public int deactivateAll(Uin uin) {
        return deactivateAll(existingIdentity(uin).id());
    }

    @Override
    @Transactional
    public int reactivateAll(Uin uin) {
        return reactivateAll(existingIdentity(uin).id());
    }

    /**
     * Runs in its own transaction: readers call it from their read-only transaction, and a VID found
     * expired on the way must stay marked EXPIRED even when the read then fails.
     */
    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW, noRollbackFor = IdentityException.class)
    public Optional<IdentityId> holder(Vid vid) {
        if (numbers.vidViolation(vid.value()).isPresent()
                || store.byHashForUpdate(hashes.vid(vid)).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(resolve(vid).identity());
    }

    /** A UIN deactivated takes its VIDs with it; reactivated from DEACTIVATED, it brings them back. */
    @EventListener
    void on(IdentityStatusChanged change) {
        if (change.to() == UinStatus.DEACTIVATED) {
            deactivateAll(change.identity());
        } else if (change.from() == UinStatus.DEACTIVATED && change.to() == UinStatus.ACTIVATED) {
            reactivateAll(change.identity());
        }
    }

    int deactivateAll(IdentityId identity) {
        store.lockIdentity(identity);
        int changed = 0;
        for (VidDetails vid : store.ofIdentity(identity)) {
            if (refreshed(vid).status() == VidStatus.ACTIVE) {
                setStatus(vid, VidStatus.DEACTIVATED);
                changed++;
            }
        }
        return changed;
    }

    int reactivateAll(IdentityId identity) {
        store.lockIdentity(identity);
        int changed = 0;
        for (VidDetails vid : store.ofIdentity(identity)) {
            if (vid.status() == VidStatus.DEACTIVATED) {
                refreshed(setStatus(vid, VidStatus.ACTIVE));
                changed++;
            }
        }
        return changed;
    }

    private CreatedVid issue(IdentityId identity, VidPolicy policy) {
        Vid vid = numbers.issueVid();
        Instant now = clock.instant();
        var details = new VidDetails(
                UUID.randomUUID(),
                identity,
                vid.toString(),
                policy.type(),
                VidStatus.ACTIVE,
                now,
                policy.validFor() == null ? null : now.plus(policy.validFor()),
                policy.transactionsAllowed());
        String hash = hashes.vid(vid);
        store.insert(details, hash, now);
        events.publishEvent(new VidCreated(details.id(), identity, policy.type(), now));
        audit.success(MODULE, "VID_CREATED", hash, policy.type());
        return new CreatedVid(vid, details);
    }

    private VidDetails setStatus(VidDetails vid, VidStatus status) {
        Instant now = clock.instant();
        store.update(vid.id(), status, vid.transactionsLeft(), now);
        if (status != VidStatus.ACTIVE) {
            events.publishEvent(new VidRevoked(vid.id(), vid.identity(), status, now));
        }
        audit.success(MODULE, "VID_STATUS_CHANGED", store.hashOf(vid.id()), status.name());
        return with(vid, status, vid.transactionsLeft());
    }

    /** The VID as it is now: an ACTIVE one past its expiry is marked EXPIRED. */
    private VidDetails refreshed(VidDetails vid) {
        if (vid.status() == VidStatus.ACTIVE
                && vid.expiresAt() != null
                && !clock.instant().isBefore(vid.expiresAt())) {
            return setStatus(vid, VidStatus.EXPIRED);
        }
        return vid;
    }

    /** The stored VID if it is ACTIVE (and not expired); INVALID_VID naming its status otherwise. */
    private VidDetails usable(Vid vid) {
        VidDetails current = refreshed(load(vid));
        if (current.status() != VidStatus.ACTIVE) {
            throw new UnusableVidException(current.status());
        }
        return current;
    }

    private VidDetails load(Vid vid) {
        numbers.vidViolation(vid.value()).ifPresent(rule -> {
            throw new IdentityException(IdentityError.INVALID_VID, "The VID breaks the rule " + rule);
        });
        return store.byHashForUpdate(hashes.vid(vid))
                .orElseThrow(() -> new IdentityException(IdentityError.NO_RECORD_FOUND, "No such VID"));
    }

    private List<VidDetails> activeOfType(IdentityId identity, String type) {
        List<VidDetails> active = new ArrayList<>();
        for (VidDetails vid : store.ofIdentity(identity)) {
            if (vid.type().equals(type) && refreshed(vid).status() == VidStatus.ACTIVE) {
                active.add(vid);
            }
        }
        return active;
    }

    private IdentityRef existingIdentity(Uin uin) {
        numbers.uinViolation(uin.value()).ifPresent(rule -> {
            throw new IdentityException(IdentityError.INVALID_UIN, "The UIN breaks the rule " + rule);
        });
        return identities.find(uin).orElseThrow(() -> new IdentityException(IdentityError.NO_RECORD_FOUND));
    }

    private IdentityRef activeIdentity(Uin uin) {
        IdentityRef identity = existingIdentity(uin);
        requireActive(identity);
        return identity;
    }

    private static void requireActive(IdentityRef identity) {
        if (identity.status() != UinStatus.ACTIVATED) {
            throw new IdentityException(IdentityError.INVALID_UIN, "The UIN is " + identity.status());
        }
    }

    private static VidDetails with(VidDetails vid, VidStatus status, Integer transactionsLeft) {
        return new VidDetails(
                vid.id(),
                vid.identity(),
                vid.masked(),
                vid.type(),
                status,
                vid.generatedAt(),
                vid.expiresAt(),
                transactionsLeft);
    }
}
