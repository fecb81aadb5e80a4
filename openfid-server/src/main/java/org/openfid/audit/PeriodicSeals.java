package org.openfid.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Seals the chain every {@code openfid.audit.seal-interval} when entries arrived since the last seal.
 * The first run waits one interval, so a starting process does not race its own key set-up.
 */
@Component
class PeriodicSeals implements SchedulingConfigurer {

    private static final Logger LOG = LoggerFactory.getLogger(PeriodicSeals.class);

    private final AuditTrail trail;
    private final AuditProperties properties;

    PeriodicSeals(AuditTrail trail, AuditProperties properties) {
        this.trail = trail;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(
                new FixedDelayTask(this::sealIfNew, properties.sealInterval(), properties.sealInterval()));
    }

    void sealIfNew() {
        try {
            trail.seal().ifPresent(seal -> LOG.info("Sealed the audit chain at seq {}", seal.seq()));
        } catch (RuntimeException e) {
            // Scheduler edge: a failed seal (key vault down, database restarting) must not stop later
            // runs; the next run seals everything up to the head.
            LOG.warn("Could not seal the audit chain; will retry in {}", properties.sealInterval(), e);
        }
    }
}
