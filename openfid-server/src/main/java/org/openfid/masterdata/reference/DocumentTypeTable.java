package org.openfid.masterdata.reference;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openfid.masterdata.DocumentType;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;

/** Document types and the categories they are accepted for (each must exist). */
@Component
class DocumentTypeTable extends RecordTable<DocumentType> {

    private static final TypeReference<List<String>> CODES = new TypeReference<>() {};

    DocumentTypeTable() {
        super(DocumentType.class, "document type", "masterdata.document_type", "code");
    }

    @Override
    Map<String, Object> columns(DocumentType type) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("code", type.code());
        columns.put("names", new Json(type.names()));
        columns.put("categories", new Json(type.categories()));
        columns.put("active", type.active());
        return columns;
    }

    @Override
    DocumentType read(Row row) throws SQLException {
        return new DocumentType(
                row.text("code"),
                row.json("names", Texts.MULTILINGUAL),
                row.json("categories", CODES),
                row.flag("active"),
                row.version());
    }

    @Override
    DocumentType prepare(DocumentType type, Checks checks) {
        checks.languages("names", type.names());
        for (int i = 0; i < type.categories().size(); i++) {
            checks.exists(
                    "masterdata.document_category",
                    "code",
                    type.categories().get(i),
                    "categories[" + i + "]",
                    "document category");
        }
        return new DocumentType(
                type.code(),
                type.names(),
                type.categories().stream().distinct().toList(),
                type.active(),
                type.version());
    }
}
