package org.openfid.masterdata.reference;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openfid.masterdata.Template;
import org.openfid.masterdata.TemplateType;
import org.springframework.stereotype.Component;

/** Templates, one per code and language; the language must be one of the country's. */
@Component
class TemplateTable extends RecordTable<Template> {

    TemplateTable() {
        super(Template.class, "template", "masterdata.template", "key");
    }

    @Override
    Map<String, Object> columns(Template template) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("code", template.code());
        columns.put("language", template.language());
        columns.put("type", template.type().name());
        columns.put("subject", template.subject());
        columns.put("body", template.body());
        columns.put("active", template.active());
        return columns;
    }

    @Override
    Template read(Row row) throws SQLException {
        return new Template(
                row.text("code"),
                row.text("language"),
                TemplateType.valueOf(row.text("type")),
                row.optionalText("subject"),
                row.text("body"),
                row.flag("active"),
                row.version());
    }

    @Override
    Template prepare(Template template, Checks checks) {
        checks.exists("masterdata.language", "code", template.language(), "language", "language");
        return template;
    }
}
