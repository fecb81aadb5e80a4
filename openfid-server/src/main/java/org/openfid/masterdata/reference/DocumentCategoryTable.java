package org.openfid.masterdata.reference;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openfid.masterdata.DocumentCategory;
import org.springframework.stereotype.Component;

@Component
class DocumentCategoryTable extends RecordTable<DocumentCategory> {

    DocumentCategoryTable() {
        super(DocumentCategory.class, "document category", "masterdata.document_category", "code");
    }

    @Override
    Map<String, Object> columns(DocumentCategory category) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("code", category.code());
        columns.put("names", new Json(category.names()));
        columns.put("active", category.active());
        return columns;
    }

    @Override
    DocumentCategory read(Row row) throws SQLException {
        return new DocumentCategory(
                row.text("code"), row.json("names", Texts.MULTILINGUAL), row.flag("active"), row.version());
    }

    @Override
    DocumentCategory prepare(DocumentCategory category, Checks checks) {
        checks.languages("names", category.names());
        return category;
    }

    @Override
    List<Usage> usages() {
        return List.of(new Usage("masterdata.document_type", "categories @> jsonb_build_array(CAST(:key AS text))"));
    }
}
