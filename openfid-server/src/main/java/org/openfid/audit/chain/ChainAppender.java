package org.openfid.audit.chain;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.openfid.audit.AuditEntry;
import org.openfid.platform.ActionTaken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends every {@link ActionTaken} fact to the chain, once.
 *
 * <p>The fact arrives after its publisher committed, from the event publication registry, which
 * redelivers it if the process stopped before this listener finished. A redelivered fact finds its
 * event id already recorded and changes nothing. Appends lock the one-row head table first, so two
 * appends never read the same head: the chain stays a single line with gap-free positions.
 */
@Component
class ChainAppender {

    private static final Logger LOG = LoggerFactory.getLogger(ChainAppender.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    ChainAppender(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ActionTaken fact) {
        append(fact);
    }

    /**
     * Appends {@code fact} unless it is already recorded.
     *
     * @return whether a new entry was appended
     */
    @Transactional
    boolean append(ActionTaken fact) {
        ChainPosition head = jdbc.sql("SELECT seq, hash FROM audit.chain_head WHERE id = 1 FOR UPDATE")
                .query((rs, row) -> new ChainPosition(rs.getLong("seq"), rs.getString("hash")))
                .single();
        AuditEntry entry = AuditEntry.chain(fact, head.seq() + 1, head.hash(), clock.instant());
        if (insert(entry) == 0) {
            LOG.debug("Audit fact {} is already recorded", fact.id());
            return false;
        }
        jdbc.sql("UPDATE audit.chain_head SET seq = :seq, hash = :hash WHERE id = 1")
                .param("seq", entry.seq())
                .param("hash", entry.hash())
                .update();
        return true;
    }

    private int insert(AuditEntry entry) {
        return jdbc.sql("INSERT INTO audit.entry (" + EntryStore.COLUMNS + ") VALUES (:seq, :eventId, :occurredAt,"
                        + " :recordedAt, :module, :action, :actor, :partner, :targetHash, :outcome, :detail,"
                        + " :requestId, :prevHash, :hash) ON CONFLICT (event_id) DO NOTHING")
                .param("seq", entry.seq())
                .param("eventId", entry.eventId())
                .param("occurredAt", OffsetDateTime.ofInstant(entry.occurredAt(), ZoneOffset.UTC))
                .param("recordedAt", OffsetDateTime.ofInstant(entry.recordedAt(), ZoneOffset.UTC))
                .param("module", entry.module())
                .param("action", entry.action())
                .param("actor", entry.actor())
                .param("partner", entry.partner())
                .param("targetHash", entry.targetHash())
                .param("outcome", entry.outcome())
                .param("detail", entry.detail())
                .param("requestId", entry.requestId())
                .param("prevHash", entry.prevHash())
                .param("hash", entry.hash())
                .update();
    }
}
