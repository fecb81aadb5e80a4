package org.openfid.spi.biometrics.cbeff;

import java.util.Optional;

/**
 * How processed the BDB is ({@code BDBInfo/Level}): MOSIP captures are {@link #RAW} images.
 *
 * @since 0.4
 */
public enum BdbLevel {
    RAW("Raw"),
    INTERMEDIATE("Intermediate"),
    PROCESSED("Processed");

    private final String xmlName;

    BdbLevel(String xmlName) {
        this.xmlName = xmlName;
    }

    /** The element text. */
    public String xmlName() {
        return xmlName;
    }

    static Optional<BdbLevel> ofXmlName(String name) {
        for (var level : values()) {
            if (level.xmlName.equals(name)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
