package org.openfid.masterdata.reference;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openfid.masterdata.DynamicField;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;

/** Dynamic field lists: unique entry codes, labels in the country's languages. */
@Component
class DynamicFieldTable extends RecordTable<DynamicField> {

    private static final TypeReference<List<DynamicField.Entry>> ENTRIES = new TypeReference<>() {};

    DynamicFieldTable() {
        super(DynamicField.class, "dynamic field", "masterdata.dynamic_field", "name");
    }

    @Override
    Map<String, Object> columns(DynamicField field) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("name", field.name());
        columns.put("description", field.description());
        columns.put("entries", new Json(field.entries()));
        columns.put("active", field.active());
        return columns;
    }

    @Override
    DynamicField read(Row row) throws SQLException {
        return new DynamicField(
                row.text("name"),
                row.optionalText("description"),
                row.json("entries", ENTRIES),
                row.flag("active"),
                row.version());
    }

    @Override
    DynamicField prepare(DynamicField field, Checks checks) {
        var codes = new HashSet<String>();
        for (int i = 0; i < field.entries().size(); i++) {
            DynamicField.Entry entry = field.entries().get(i);
            if (!codes.add(entry.code())) {
                throw Checks.invalid("entries[" + i + "].code: appears twice in the list");
            }
            checks.languages("entries[" + i + "].labels", entry.labels());
        }
        return field;
    }
}
