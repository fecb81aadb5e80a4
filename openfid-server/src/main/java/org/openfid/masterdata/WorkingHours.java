package org.openfid.masterdata;

import jakarta.validation.constraints.NotNull;
import java.time.LocalTime;

/**
 * When a centre is open on one weekday, in the centre's own time zone. Opening must come before
 * closing (checked when a centre is written).
 */
public record WorkingHours(
        @NotNull LocalTime opens, @NotNull LocalTime closes) {}
