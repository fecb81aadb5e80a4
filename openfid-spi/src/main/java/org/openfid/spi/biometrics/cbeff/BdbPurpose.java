package org.openfid.spi.biometrics.cbeff;

import java.util.Optional;

/**
 * Why the sample was captured ({@code BDBInfo/Purpose}): registration captures are {@link #ENROLL}.
 *
 * @since 0.4
 */
public enum BdbPurpose {
    VERIFY("Verify"),
    IDENTIFY("Identify"),
    ENROLL("Enroll"),
    ENROLL_VERIFY("EnrollVerify"),
    ENROLL_IDENTIFY("EnrollIdentify"),
    AUDIT("Audit");

    private final String xmlName;

    BdbPurpose(String xmlName) {
        this.xmlName = xmlName;
    }

    /** The element text. */
    public String xmlName() {
        return xmlName;
    }

    static Optional<BdbPurpose> ofXmlName(String name) {
        for (var purpose : values()) {
            if (purpose.xmlName.equals(name)) {
                return Optional.of(purpose);
            }
        }
        return Optional.empty();
    }
}
