package org.openfid.identity.numbers;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import org.jspecify.annotations.Nullable;
import org.openfid.identity.NumberRule;
import org.openfid.identity.Rid;
import org.openfid.masterdata.CentreId;
import org.openfid.masterdata.MachineId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * RIDs as MOSIP builds them: centre id (5) + machine id (5) + a 5-digit rolling sequence per
 * (centre, machine) that wraps from 99999 to 00001 + the UTC time {@code yyyyMMddHHmmss}. The
 * sequence is advanced by one atomic upsert, so concurrent requests and several nodes never get the
 * same value.
 */
@Component
class RidSequence {

    static final int FIRST = 1;
    static final int LAST = 99_999;
    static final int LENGTH = 29;

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withResolverStyle(ResolverStyle.STRICT);

    private final JdbcClient jdbc;
    private final Clock clock;

    RidSequence(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Rid next(CentreId centre, MachineId machine) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        int sequence = jdbc.sql("INSERT INTO identity.rid_sequence (centre_id, machine_id, last_value, updated_at)"
                        + " VALUES (:centre, :machine, :first, :now) ON CONFLICT (centre_id, machine_id) DO UPDATE"
                        + " SET last_value = CASE WHEN rid_sequence.last_value >= :last THEN :first"
                        + " ELSE rid_sequence.last_value + 1 END, updated_at = :now RETURNING last_value")
                .param("centre", centre.value())
                .param("machine", machine.value())
                .param("first", FIRST)
                .param("last", LAST)
                .param("now", now)
                .query(Integer.class)
                .single();
        return new Rid(centre.value() + machine.value() + "%05d".formatted(sequence) + STAMP.format(now));
    }

    /** The first rule {@code value} breaks as an RID: length, digits, then a real timestamp. */
    static @Nullable NumberRule violation(String value) {
        if (value.length() != LENGTH) {
            return NumberRule.LENGTH;
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return NumberRule.DIGITS;
            }
        }
        try {
            LocalDateTime.parse(value.substring(LENGTH - 14), STAMP);
            return null;
        } catch (DateTimeParseException e) {
            return NumberRule.TIMESTAMP;
        }
    }
}
