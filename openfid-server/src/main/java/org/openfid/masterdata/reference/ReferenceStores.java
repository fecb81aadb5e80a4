package org.openfid.masterdata.reference;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openfid.keys.KeyedHashes;
import org.openfid.masterdata.ReferenceRecord;
import org.openfid.platform.AuditRecorder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** One {@link ReferenceStore} per {@link RecordTable} bean, found by record type. */
@Component
public class ReferenceStores {

    private final Map<Class<?>, ReferenceStore<?>> stores;

    ReferenceStores(
            List<RecordTable<?>> tables,
            JdbcClient jdbc,
            Checks checks,
            TransactionTemplate transactions,
            AuditRecorder audit,
            KeyedHashes hashes) {
        var with = new ReferenceStore.Collaborators(
                jdbc, JsonMapper.builder().build(), checks, transactions, audit, hashes);
        this.stores = tables.stream().collect(Collectors.toMap(RecordTable::type, table -> store(table, with)));
    }

    private static <T extends ReferenceRecord> ReferenceStore<T> store(
            RecordTable<T> table, ReferenceStore.Collaborators with) {
        return new ReferenceStore<>(table, with);
    }

    /** The store of a record type. */
    @SuppressWarnings("unchecked") // the map is keyed by each store's own record type
    public <T extends ReferenceRecord> ReferenceStore<T> of(Class<T> type) {
        ReferenceStore<?> store = stores.get(type);
        if (store == null) {
            throw new IllegalArgumentException("No reference store for " + type.getSimpleName());
        }
        return (ReferenceStore<T>) store;
    }

    /** Every store, for listings. */
    public List<ReferenceStore<?>> all() {
        return stores.values().stream()
                .sorted(java.util.Comparator.comparing(ReferenceStore::kind))
                .toList();
    }
}
