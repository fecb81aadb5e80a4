package org.openfid.spi.biometrics;

import java.util.Objects;

/**
 * An 8-bit grayscale image (0 black, 255 white), row-major: the common currency between the synthetic
 * generator, ISO image records, devices and SDKs.
 *
 * @param width pixels per row
 * @param height rows
 * @param ppi resolution in pixels per inch (fingerprints are 500)
 * @param pixels {@code width * height} bytes, read as unsigned
 * @since 0.4
 */
public record GrayscaleImage(int width, int height, int ppi, byte[] pixels) {

    public GrayscaleImage {
        Objects.requireNonNull(pixels, "pixels");
        if (width < 1 || height < 1 || ppi < 1) {
            throw new IllegalArgumentException("Image dimensions and resolution must be positive");
        }
        if (pixels.length != width * height) {
            throw new IllegalArgumentException(
                    "Expected " + width * height + " pixels for " + width + "x" + height + ", got " + pixels.length);
        }
    }

    /** The pixel at (x, y) as 0-255. */
    public int at(int x, int y) {
        return pixels[y * width + x] & 0xff;
    }

    @Override
    public String toString() {
        return "GrayscaleImage[" + width + "x" + height + " @ " + ppi + " ppi]";
    }
}
