package org.openfid.masterdata.reference;

import java.util.Collection;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openfid.masterdata.MasterdataError;
import org.openfid.masterdata.MasterdataException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reference rules checked on write against what is stored: referenced records exist, multilingual
 * texts use the country's languages. Messages name the field, never the value, so they are safe to
 * return and to log.
 */
@Component
public class Checks {

    private final JdbcClient jdbc;

    Checks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Fails unless {@code table} has a row whose {@code column} equals {@code value}. */
    void exists(String table, String column, String value, String field, String what) {
        if (count(table, column + " = :value", value) == 0) {
            throw invalid(field + ": no such " + what);
        }
    }

    /** Fails when {@code value} is present and no row of {@code table} has it in {@code column}. */
    void existsIfGiven(String table, String column, @Nullable String value, String field, String what) {
        if (value != null) {
            exists(table, column, value, field, what);
        }
    }

    /** Fails unless every key of {@code texts} is a stored language. */
    void languages(String field, Map<String, String> texts) {
        languages(field, texts.keySet());
    }

    /** Fails unless every code is a stored language. */
    void languages(String field, Collection<String> codes) {
        for (String code : codes) {
            if (count("masterdata.language", "code = :value", code) == 0) {
                throw invalid(field + ": language " + code + " is not one of the country's languages");
            }
        }
    }

    /** How many rows of {@code table} satisfy {@code condition} with {@code :value} bound. */
    long count(String table, String condition, Object value) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE " + condition)
                .param("value", value)
                .query(Long.class)
                .single();
    }

    static MasterdataException invalid(String detail) {
        return new MasterdataException(MasterdataError.INVALID_INPUT, detail);
    }
}
