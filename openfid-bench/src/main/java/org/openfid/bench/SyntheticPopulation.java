package org.openfid.bench;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.openfid.identity.IdNumbers;
import org.openfid.identity.Uin;
import org.openfid.identity.hashing.IdentifierHashes;
import org.openfid.identity.record.RecordSealer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.node.ObjectNode;

/**
 * A simple synthetic population for load tests: demo-schema identities with distinct valid UINs,
 * sealed by the platform's {@link RecordSealer} and keyed by {@link IdentifierHashes} exactly as the
 * registry stores them, inserted in batches of 1,000 rows (record and its first version) per
 * transaction. It skips what a bulk load need not exercise: schema validation, handles, files,
 * events and audit entries.
 */
final class SyntheticPopulation {

    private static final int BATCH = 1_000;

    private final RecordSealer sealer;
    private final IdentifierHashes hashes;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final IdentityBenchmark.UinWalk uins;
    private int size;
    private long serial = 5_000_000_000L;

    SyntheticPopulation(ConfigurableApplicationContext context) {
        this.sealer = context.getBean(RecordSealer.class);
        this.hashes = context.getBean(IdentifierHashes.class);
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.transactions = context.getBean(TransactionTemplate.class);
        this.uins = new IdentityBenchmark.UinWalk(context.getBean(IdNumbers.class), 2_000_000_000L);
    }

    int size() {
        return size;
    }

    /** Adds {@code count} identities; every 100th UIN goes into {@code sample} for reads. */
    void grow(int count, List<Uin> sample) {
        for (int done = 0; done < count; done += BATCH) {
            List<Object[]> rows = new ArrayList<>();
            for (int i = 0; i < Math.min(BATCH, count - done); i++) {
                Uin uin = uins.next();
                if ((size + i) % 100 == 0) {
                    sample.add(uin);
                }
                rows.add(row(uin));
            }
            transactions.executeWithoutResult(status -> insert(rows));
            size += rows.size();
        }
    }

    private Object[] row(Uin uin) {
        long n = serial++;
        ObjectNode identity = IdentityBenchmark.person(n);
        identity.put("UIN", uin.value());
        UUID id = UUID.randomUUID();
        byte[] data = sealer.seal(
                RecordSealer.IDENTITY_DATA,
                IdentityBenchmark.JSON.writeValueAsString(identity).getBytes(StandardCharsets.UTF_8),
                RecordSealer.versionAad(id, 1));
        return new Object[] {id, hashes.uin(uin), IdentityBenchmark.rid().value(), data};
    }

    private void insert(List<Object[]> rows) {
        Timestamp now = Timestamp.from(Instant.now());
        boolean sealed = sealer.sealing();
        jdbc.batchUpdate(
                "insert into identity.identity_record (id, uin_hash, rid, status, version, sealed, data, created_at,"
                        + " updated_at) values (?, ?, ?, 'ACTIVATED', 1, ?, ?, ?, ?)",
                rows,
                BATCH,
                (PreparedStatement ps, Object[] row) -> {
                    ps.setObject(1, row[0]);
                    ps.setString(2, (String) row[1]);
                    ps.setString(3, (String) row[2]);
                    ps.setBoolean(4, sealed);
                    ps.setBytes(5, (byte[]) row[3]);
                    ps.setTimestamp(6, now);
                    ps.setTimestamp(7, now);
                });
        jdbc.batchUpdate(
                "insert into identity.identity_version (identity_id, version, rid, sealed, data, created_at)"
                        + " values (?, 1, ?, ?, ?, ?)",
                rows,
                BATCH,
                (PreparedStatement ps, Object[] row) -> {
                    ps.setObject(1, row[0]);
                    ps.setString(2, (String) row[2]);
                    ps.setBoolean(3, sealed);
                    ps.setBytes(4, (byte[]) row[3]);
                    ps.setTimestamp(5, now);
                });
    }
}
