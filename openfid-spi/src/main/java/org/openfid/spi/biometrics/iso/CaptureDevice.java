package org.openfid.spi.biometrics.iso;

/**
 * The device that captured a finger image, as the 2011 representation header records it.
 *
 * @param technology capture device technology code (0 unknown, 1-19 optical, capacitive, thermal...)
 * @param vendorId CBEFF-registered vendor of the device (0 when not reported)
 * @param typeId the vendor's device type (0 when not reported)
 * @since 0.4
 */
public record CaptureDevice(int technology, int vendorId, int typeId) {

    /** The highest technology code the standard defines (glass fibre). */
    static final int MAX_TECHNOLOGY = 19;

    /** A device the record says nothing about. */
    public static final CaptureDevice UNREPORTED = new CaptureDevice(0, 0, 0);

    public CaptureDevice {
        if (technology < 0 || technology > MAX_TECHNOLOGY) {
            throw new IllegalArgumentException(
                    "Capture device technology is 0-" + MAX_TECHNOLOGY + ", got " + technology);
        }
        if (vendorId < 0 || vendorId > 0xffff || typeId < 0 || typeId > 0xffff) {
            throw new IllegalArgumentException("Capture device vendor and type ids are 16-bit unsigned");
        }
    }
}
