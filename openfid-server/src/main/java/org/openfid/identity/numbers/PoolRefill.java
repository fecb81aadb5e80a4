package org.openfid.identity.numbers;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.openfid.identity.IdentityProperties;
import org.openfid.identity.NumberSettings;
import org.openfid.identity.Uin;
import org.openfid.identity.Vid;
import org.openfid.identity.hashing.IdentifierHashes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the pools of unused numbers topped up. A scheduled check (and an empty pool) starts a refill
 * that adds numbers in chunks of {@code refill-chunk}, each in its own transaction holding a
 * PostgreSQL advisory lock, so only one node refills a pool at a time and numbers become available
 * from the first chunk on. Candidates whose keyed hash is already issued are skipped: the pool only
 * ever holds numbers nobody has.
 */
@Component
public class PoolRefill {

    private static final Logger LOG = LoggerFactory.getLogger(PoolRefill.class);

    private final NumberPool pool;
    private final TransactionTemplate transactions;
    private final IdentifierHashes hashes;
    private final NumberSettings settings;
    private final Map<NumberKind, NumberRules> rules = new EnumMap<>(NumberKind.class);
    private final Map<NumberKind, AtomicBoolean> running = new EnumMap<>(NumberKind.class);

    PoolRefill(
            NumberPool pool, TransactionTemplate transactions, IdentifierHashes hashes, IdentityProperties properties) {
        this.pool = pool;
        this.transactions = transactions;
        this.hashes = hashes;
        this.settings = properties.numbers();
        rules.put(NumberKind.UIN, NumberRules.uin(settings));
        rules.put(NumberKind.VID, NumberRules.vid(settings));
        running.put(NumberKind.UIN, new AtomicBoolean());
        running.put(NumberKind.VID, new AtomicBoolean());
    }

    NumberRules rules(NumberKind kind) {
        return rules.get(kind);
    }

    /** The scheduled check: refills every pool that fell below its low-water mark. */
    @Scheduled(initialDelayString = "PT2S", fixedDelayString = "${openfid.identity.numbers.pool.refill-interval:PT30S}")
    void topUpBelowLowWater() {
        if (!settings.pool().backgroundRefill()) {
            return;
        }
        for (NumberKind kind : NumberKind.values()) {
            if (pool.unused(kind) < lowWater(kind)) {
                refill(kind);
            }
        }
    }

    /** Starts a refill of {@code kind} on a virtual thread unless one is already running here. */
    void refillSoon(NumberKind kind) {
        if (settings.pool().backgroundRefill() && !running.get(kind).get()) {
            Thread.ofVirtual().name("refill-" + kind).start(() -> refill(kind));
        }
    }

    /**
     * Tops the pool of {@code kind} up to its batch size; returns how many numbers were added (0
     * when it was full, or another node or thread holds the refill lock).
     */
    public int refill(NumberKind kind) {
        if (!running.get(kind).compareAndSet(false, true)) {
            return 0;
        }
        try {
            var generator = new NumberGenerator(rules.get(kind), new SecureRandom());
            int added = 0;
            int chunk;
            do {
                Integer result = transactions.execute(status -> addChunk(kind, generator));
                chunk = result == null ? 0 : result;
                added += chunk;
            } while (chunk > 0);
            if (added > 0) {
                LOG.info("Added {} unused numbers to the {} pool", added, kind);
            }
            return added;
        } finally {
            running.get(kind).set(false);
        }
    }

    private int addChunk(NumberKind kind, NumberGenerator generator) {
        if (!pool.tryRefillLock(kind)) {
            return 0;
        }
        int missing = batch(kind) - pool.unused(kind);
        if (missing <= 0) {
            return 0;
        }
        int size = Math.min(missing, settings.pool().refillChunk());
        Map<String, String> byHash = new LinkedHashMap<>();
        while (byHash.size() < size) {
            String number = generator.next();
            byHash.putIfAbsent(hash(kind, number), number);
        }
        Set<String> issued = pool.issuedAmong(kind, byHash.keySet());
        List<String> fresh = new ArrayList<>(size);
        byHash.forEach((hash, number) -> {
            if (!issued.contains(hash)) {
                fresh.add(number);
            }
        });
        return pool.add(kind, fresh);
    }

    String hash(NumberKind kind, String number) {
        return kind == NumberKind.UIN ? hashes.uin(new Uin(number)) : hashes.vid(new Vid(number));
    }

    private int batch(NumberKind kind) {
        return kind == NumberKind.UIN
                ? settings.pool().uinBatch()
                : settings.pool().vidBatch();
    }

    private int lowWater(NumberKind kind) {
        return kind == NumberKind.UIN
                ? settings.pool().uinLowWater()
                : settings.pool().vidLowWater();
    }
}
