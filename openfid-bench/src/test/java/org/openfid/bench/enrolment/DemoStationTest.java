package org.openfid.bench.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Packets are dated within the centre's opening hours on its last working day, never on a holiday. */
class DemoStationTest {

    static JsonNode centre(String hours, String holidays) {
        return PlatformClient.JSON.readTree("{\"timeZone\":\"Africa/Casablanca\",\"workingHours\":{" + hours
                + "},\"holidays\":[" + holidays + "]}");
    }

    @Test
    void picksTheLastWorkingDayBeforeTodaySkippingHolidays() {
        // Sunday 22 November 2026; Friday the 20th is a holiday, Thursday the 19th is open 08:00-16:00
        JsonNode centre = centre(
                "\"THURSDAY\":{\"opens\":\"08:00\",\"closes\":\"16:00\"},\"FRIDAY\":{\"opens\":\"08:00\",\"closes\":\"16:00\"}",
                "{\"date\":\"2026-11-20\"}");

        LocalDateTime[] day = DemoStation.workingDay(centre, LocalDate.of(2026, 11, 22));

        // Casablanca is UTC+1 in November
        assertThat(day[0]).isEqualTo(LocalDateTime.of(2026, 11, 19, 7, 0));
        assertThat(day[1]).isEqualTo(LocalDateTime.of(2026, 11, 19, 15, 0));
    }

    @Test
    void refusesACentreThatNeverOpens() {
        assertThatThrownBy(() -> DemoStation.workingDay(centre("", ""), LocalDate.of(2026, 11, 22)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no working day");
    }
}
