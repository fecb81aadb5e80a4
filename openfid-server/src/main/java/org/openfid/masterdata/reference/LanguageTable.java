package org.openfid.masterdata.reference;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openfid.masterdata.Language;
import org.springframework.stereotype.Component;

@Component
class LanguageTable extends RecordTable<Language> {

    LanguageTable() {
        super(Language.class, "language", "masterdata.language", "code");
    }

    @Override
    Map<String, Object> columns(Language language) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("code", language.code());
        columns.put("name", language.name());
        columns.put("native_name", language.nativeName());
        columns.put("right_to_left", language.rightToLeft());
        columns.put("active", language.active());
        return columns;
    }

    @Override
    Language read(Row row) throws SQLException {
        return new Language(
                row.text("code"),
                row.text("name"),
                row.text("native_name"),
                row.flag("right_to_left"),
                row.flag("active"),
                row.version());
    }

    @Override
    List<Usage> usages() {
        return List.of(new Usage("masterdata.template", "language = :key"));
    }
}
