package org.openfid.masterdata;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;

/**
 * A registration centre. Its id is the first part of every RID issued there, so it is the five
 * digits of {@link CentreId}; its time zone says when "today" is for its working hours and holidays.
 *
 * @param locationCode the location (usually a zone or postal code) the centre is in
 * @param timeZone a {@link java.time.ZoneId} such as {@code Africa/Casablanca}
 * @param workingHours opening hours per weekday; a missing weekday is closed
 */
public record Centre(
        @NotBlank @Pattern(regexp = Patterns.FIVE_DIGITS, message = Patterns.FIVE_DIGITS_MESSAGE)
        String id,

        @Multilingual Map<String, String> names,
        @Multilingual Map<String, String> addresses,
        @NotBlank String locationCode,
        @DecimalMin("-90") @DecimalMax("90") double latitude,
        @DecimalMin("-180") @DecimalMax("180") double longitude,
        @NotBlank String timeZone,
        @NotNull Map<DayOfWeek, @NotNull @Valid WorkingHours> workingHours,
        @NotNull List<@NotNull @Valid Holiday> holidays,
        boolean active,
        long version)
        implements ReferenceRecord {

    @Override
    public String key() {
        return id;
    }

    /** The typed id (the record keeps the string so that a malformed one is a field error). */
    public CentreId centreId() {
        return new CentreId(id);
    }
}
