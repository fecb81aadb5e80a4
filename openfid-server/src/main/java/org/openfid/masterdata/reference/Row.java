package org.openfid.masterdata.reference;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** One result row, with JSONB columns read back into Java types. */
public final class Row {

    private final ResultSet rows;
    private final JsonMapper json;

    Row(ResultSet rows, JsonMapper json) {
        this.rows = rows;
        this.json = json;
    }

    String text(String column) throws SQLException {
        return rows.getString(column);
    }

    @Nullable
    String optionalText(String column) throws SQLException {
        return rows.getString(column);
    }

    boolean flag(String column) throws SQLException {
        return rows.getBoolean(column);
    }

    double number(String column) throws SQLException {
        return rows.getDouble(column);
    }

    long version() throws SQLException {
        return rows.getLong("version");
    }

    Instant instant(String column) throws SQLException {
        Timestamp stamp = rows.getTimestamp(column);
        return stamp.toInstant();
    }

    <V> V json(String column, TypeReference<V> type) throws SQLException {
        return json.readValue(rows.getString(column), type);
    }
}
