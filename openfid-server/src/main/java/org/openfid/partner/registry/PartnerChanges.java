package org.openfid.partner.registry;

import org.jspecify.annotations.Nullable;
import org.openfid.keys.KeyRef;
import org.openfid.keys.KeyedHashes;
import org.openfid.partner.PartnerChanged;
import org.openfid.platform.AuditRecorder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Every successful change of partner data is audited and published in the same transaction, so the
 * audit trail, caches and other nodes learn of exactly the changes that committed.
 */
@Component
class PartnerChanges {

    static final String MODULE = "partner";
    private static final KeyRef AUDIT_TARGETS = KeyRef.of("PMS", "PARTNER_AUDIT");

    private final AuditRecorder audit;
    private final KeyedHashes hashes;
    private final ApplicationEventPublisher events;

    PartnerChanges(AuditRecorder audit, KeyedHashes hashes, ApplicationEventPublisher events) {
        this.audit = audit;
        this.hashes = hashes;
        this.events = events;
    }

    /** Audits {@code action} on {@code target} (a partner id or policy name) and publishes the change. */
    void changed(String action, String partnerId, String target, @Nullable String detail) {
        audit.success(MODULE, action, hashes.hash(AUDIT_TARGETS, target), detail);
        events.publishEvent(new PartnerChanged(partnerId, action));
    }

    /** Audits a refused change; nothing else happens. */
    void refused(String action, String target, String code) {
        audit.failure(MODULE, action, hashes.hash(AUDIT_TARGETS, target), code);
    }
}
