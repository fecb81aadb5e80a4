package org.openfid.authentication.demo;

import java.util.Locale;
import java.util.Optional;

/** MOSIP's demographic matching strategies ({@code E}, {@code P}, {@code PH}). */
public enum Strategy {
    EXACT("E"),
    PARTIAL("P"),
    PHONETICS("PH");

    private final String code;

    Strategy(String code) {
        this.code = code;
    }

    /** The strategy for MOSIP's code or name ({@code P}, {@code PARTIAL}), if it is one. */
    public static Optional<Strategy> of(String value) {
        for (Strategy strategy : values()) {
            if (strategy.code.equalsIgnoreCase(value)
                    || strategy.name().equalsIgnoreCase(value.toUpperCase(Locale.ROOT))) {
                return Optional.of(strategy);
            }
        }
        return Optional.empty();
    }
}
