package org.openfid.masterdata;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Map;

/** A day a centre is closed, with its name per language (shown to people booking appointments). */
public record Holiday(@NotNull LocalDate date, @Multilingual Map<String, String> names) {}
