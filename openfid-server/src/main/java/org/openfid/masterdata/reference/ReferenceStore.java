package org.openfid.masterdata.reference;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.openfid.keys.KeyRef;
import org.openfid.keys.KeyedHashes;
import org.openfid.masterdata.MasterdataError;
import org.openfid.masterdata.MasterdataException;
import org.openfid.masterdata.ReferenceRecord;
import org.openfid.platform.AuditRecorder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes one kind of reference record. Every write runs in a transaction, checks the
 * record's references, uses optimistic locking on update, refuses to delete what is still referred
 * to, and is audited (a failure after its rollback, so the failure entry survives).
 *
 * @param <T> the record type
 */
public final class ReferenceStore<T extends ReferenceRecord> {

    /** HMAC key naming audit targets, so the trail does not list staff user ids in clear. */
    static final KeyRef AUDIT_TARGETS = KeyRef.of("ADMIN_SERVICES", "MASTERDATA_AUDIT");

    private static final String MODULE = "masterdata";

    private final RecordTable<T> table;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Checks checks;
    private final TransactionTemplate transactions;
    private final AuditRecorder audit;
    private final KeyedHashes hashes;

    ReferenceStore(RecordTable<T> table, Collaborators with) {
        this.table = table;
        this.jdbc = with.jdbc();
        this.json = with.json();
        this.checks = with.checks();
        this.transactions = with.transactions();
        this.audit = with.audit();
        this.hashes = with.hashes();
    }

    /** The services every store uses. */
    record Collaborators(
            JdbcClient jdbc,
            JsonMapper json,
            Checks checks,
            TransactionTemplate transactions,
            AuditRecorder audit,
            KeyedHashes hashes) {}

    /** The record type this store holds. */
    public Class<T> type() {
        return table.type();
    }

    /** Singular name of the kind, for example {@code centre}. */
    public String kind() {
        return table.kind();
    }

    /** Every record, ordered by key. */
    public List<T> list() {
        return select("", Map.of());
    }

    /** The records matching an SQL condition over the table's columns (named parameters). */
    public List<T> where(String condition, Map<String, ?> parameters) {
        return select(" WHERE " + condition, parameters);
    }

    /** A record by key. */
    public Optional<T> find(String key) {
        return select(" WHERE " + table.keyColumn() + " = :key", Map.of("key", key)).stream()
                .findFirst();
    }

    /** A record by key, or {@code NOT_FOUND}. */
    public T get(String key) {
        return find(key).orElseThrow(() -> notFound());
    }

    /** Creates a record; {@code ALREADY_EXISTS} when its key is taken. Returns it as stored. */
    public T create(T record) {
        return audited("CREATED", record.key(), () -> {
            if (find(record.key()).isPresent()) {
                throw new MasterdataException(MasterdataError.ALREADY_EXISTS, "A " + kind() + " with this key exists");
            }
            insert(table.prepare(record, checks));
            return get(record.key());
        });
    }

    /**
     * Replaces the record {@code key} if it is still at {@code record.version()}; {@code
     * STALE_VERSION} when someone changed it since. The key itself cannot change.
     */
    public T update(String key, T record) {
        return audited("UPDATED", key, () -> {
            if (!key.equals(record.key())) {
                throw Checks.invalid("The key in the body differs from the key in the path");
            }
            T stored = get(key);
            if (stored.version() != record.version()) {
                throw new MasterdataException(MasterdataError.STALE_VERSION);
            }
            write(table.prepare(record, checks), record.version());
            return get(key);
        });
    }

    /** Deletes a record; {@code IN_USE} while other records refer to it. */
    public void delete(String key) {
        audited("DELETED", key, () -> {
            get(key);
            for (RecordTable.Usage usage : table.usages()) {
                if (checks.count(usage.table(), usage.condition().replace(":key", ":value"), key) > 0) {
                    throw inUse();
                }
            }
            try {
                jdbc.sql("DELETE FROM " + table.table() + " WHERE " + table.keyColumn() + " = :key")
                        .param("key", key)
                        .update();
            } catch (DataIntegrityViolationException e) {
                throw inUse();
            }
            return key;
        });
    }

    /**
     * Creates the record or brings the stored one to its content, inside the caller's transaction
     * (country loading). Returns whether anything changed: an identical record is left alone, so
     * loading the same country twice writes nothing the second time.
     */
    public boolean upsert(T record) {
        T prepared = table.prepare(record, checks);
        Optional<T> stored = find(record.key());
        if (stored.isEmpty()) {
            insert(prepared);
            audit.success(MODULE, action("CREATED"), target(record.key()), "country");
            return true;
        }
        if (table.columns(stored.get()).equals(table.columns(prepared))) {
            return false;
        }
        write(prepared, stored.get().version());
        audit.success(MODULE, action("UPDATED"), target(record.key()), "country");
        return true;
    }

    private void insert(T record) {
        Map<String, Object> columns = table.columns(record);
        String names = String.join(", ", columns.keySet());
        String values = columns.entrySet().stream().map(this::placeholder).collect(Collectors.joining(", "));
        try {
            jdbc.sql("INSERT INTO " + table.table() + " (" + names + ", version) VALUES (" + values + ", 1)")
                    .params(parameters(columns))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new MasterdataException(MasterdataError.ALREADY_EXISTS, "A " + kind() + " with this key exists");
        }
    }

    private void write(T record, long version) {
        Map<String, Object> columns = table.columns(record);
        String assignments = columns.entrySet().stream()
                .map(e -> e.getKey() + " = " + placeholder(e))
                .collect(Collectors.joining(", "));
        Map<String, Object> parameters = parameters(columns);
        parameters.put("__key", record.key());
        parameters.put("__version", version);
        int updated = jdbc.sql("UPDATE " + table.table() + " SET " + assignments + ", version = version + 1 WHERE "
                        + table.keyColumn() + " = :__key AND version = :__version")
                .params(parameters)
                .update();
        if (updated == 0) {
            throw new MasterdataException(MasterdataError.STALE_VERSION);
        }
    }

    private String placeholder(Map.Entry<String, Object> column) {
        return column.getValue() instanceof Json ? "CAST(:" + column.getKey() + " AS jsonb)" : ":" + column.getKey();
    }

    private Map<String, Object> parameters(Map<String, Object> columns) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        columns.forEach((name, value) ->
                parameters.put(name, value instanceof Json(Object content) ? json.writeValueAsString(content) : value));
        return parameters;
    }

    private List<T> select(String where, Map<String, ?> parameters) {
        return jdbc.sql("SELECT * FROM " + table.table() + where + " ORDER BY " + table.keyColumn())
                .params(parameters)
                .query((rows, n) -> table.read(new Row(rows, json)))
                .list();
    }

    private <R> R audited(String what, String key, java.util.function.Supplier<R> work) {
        String action = action(what);
        String target = target(key);
        try {
            return java.util.Objects.requireNonNull(transactions.execute(status -> {
                R result = work.get();
                audit.success(MODULE, action, target, null);
                return result;
            }));
        } catch (MasterdataException e) {
            audit.failure(MODULE, action, target, e.code());
            throw e;
        }
    }

    private String action(String what) {
        return kind().toUpperCase(java.util.Locale.ROOT).replace(' ', '_') + "_" + what;
    }

    private String target(String key) {
        return hashes.hash(AUDIT_TARGETS, kind() + ":" + key);
    }

    private MasterdataException notFound() {
        return new MasterdataException(MasterdataError.NOT_FOUND, "No such " + kind());
    }

    private MasterdataException inUse() {
        return new MasterdataException(MasterdataError.IN_USE, "The " + kind() + " is referred to by other records");
    }
}
