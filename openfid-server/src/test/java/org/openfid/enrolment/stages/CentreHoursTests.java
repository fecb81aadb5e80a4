package org.openfid.enrolment.stages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openfid.enrolment.pipeline.StageOutcome;
import org.openfid.masterdata.Centre;
import org.openfid.masterdata.Holiday;
import org.openfid.masterdata.SchemaViolation;
import org.openfid.masterdata.WorkingHours;

/** The working-hours rule in the centre's time zone, at its edges, and the schema reason's wording. */
class CentreHoursTests {

    /** Open Monday 08:00-16:30 in Asia/Tokyo (UTC+9, no daylight saving); closed 2026-11-16. */
    private static final Centre TOKYO = new Centre(
            "10001",
            Map.of("eng", "Centre"),
            Map.of("eng", "Street"),
            "10101",
            35.0,
            139.0,
            "Asia/Tokyo",
            Map.of(DayOfWeek.MONDAY, new WorkingHours(LocalTime.of(8, 0), LocalTime.of(16, 30))),
            List.of(new Holiday(LocalDate.of(2026, 11, 16), Map.of("eng", "Holiday"))),
            true,
            0);

    @ParameterizedTest
    @CsvSource({
        // UTC creation time, expected code ("" = open)
        "2026-11-22T23:00:00, ''", // Monday 08:00 in Tokyo: opening minute
        "2026-11-22T22:59:59, RPR-CMD-FAILED-010", // Sunday 07:59:59 in Tokyo
        "2026-11-23T07:29:59, ''", // Monday 16:29:59
        "2026-11-23T07:30:00, RPR-CMD-FAILED-010", // Monday 16:30: closed
        "2026-11-23T10:15:30, RPR-CMD-FAILED-010", // Monday 10:15 UTC is 19:15 in Tokyo
        "2026-11-16T01:00:00, RPR-CMD-FAILED-011" // Monday 10:00, a holiday
    })
    void packetsAreAcceptedOnlyWhileTheCentreIsOpen(LocalDateTime createdUtc, String expected) {
        Optional<StageOutcome> refused = CentreMachineDeviceValidation.openAt(TOKYO, createdUtc);

        assertThat(refused.map(StageOutcome::code).orElse("")).isEqualTo(expected);
    }

    @Test
    void theSchemaReasonNamesFieldsAndCodesOnce() {
        var violations = List.of(
                new SchemaViolation("identity.fullName[1].value", "PATTERN", "Jöhn is not allowed"),
                new SchemaViolation("identity.fullName[0].value", "PATTERN", "x"),
                new SchemaViolation("identity.email", "EMAIL", "bad@"));

        assertThat(PacketValidation.fields(violations)).isEqualTo("fullName (PATTERN), email (EMAIL)");
    }
}
