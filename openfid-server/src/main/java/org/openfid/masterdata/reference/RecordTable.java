package org.openfid.masterdata.reference;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.openfid.masterdata.ReferenceRecord;

/**
 * How one kind of reference record is stored: its table and columns, how it is read back, what it
 * must refer to and what may refer to it. {@link ReferenceStore} does the rest the same way for
 * every kind.
 *
 * @param <T> the record type
 */
public abstract class RecordTable<T extends ReferenceRecord> {

    private final Class<T> type;
    private final String kind;
    private final String table;
    private final String keyColumn;

    /**
     * @param type the record type
     * @param kind singular name for errors and audit actions, for example {@code centre}
     * @param table qualified table name, for example {@code masterdata.centre}
     * @param keyColumn the column holding {@link ReferenceRecord#key()}
     */
    RecordTable(Class<T> type, String kind, String table, String keyColumn) {
        this.type = type;
        this.kind = kind;
        this.table = table;
        this.keyColumn = keyColumn;
    }

    final Class<T> type() {
        return type;
    }

    final String kind() {
        return kind;
    }

    final String table() {
        return table;
    }

    final String keyColumn() {
        return keyColumn;
    }

    /** The columns written on create and update (all but {@code version}), {@link Json} for JSONB. */
    abstract Map<String, Object> columns(T record);

    /** Reads a record from a row. */
    abstract T read(Row row) throws SQLException;

    /**
     * Completes and checks a record before it is written: values derived on write (thumbprints,
     * expiry) and rules bean validation cannot express (references exist, hierarchy levels).
     *
     * @throws org.openfid.masterdata.MasterdataException with {@code INVALID_INPUT} naming the field
     */
    T prepare(T record, Checks checks) {
        return record;
    }

    /** What refers to a record of this kind: a delete is refused while any of them holds {@code :key}. */
    List<Usage> usages() {
        return List.of();
    }

    /** A table and the condition (parameter {@code :key}) under which one of its rows refers to a record. */
    record Usage(String table, String condition) {}
}
