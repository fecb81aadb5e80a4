package org.openfid.spi.biometrics;

/**
 * A biometric record (ISO/IEC 19794 or CBEFF) that cannot be read or written. The message says
 * exactly what is wrong and where (offset, element), never the biometric content.
 *
 * @since 0.4
 */
public class BiometricFormatException extends RuntimeException {

    public BiometricFormatException(String message) {
        super(message);
    }

    public BiometricFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
