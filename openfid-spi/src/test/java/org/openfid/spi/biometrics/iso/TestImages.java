package org.openfid.spi.biometrics.iso;

import java.util.Random;
import org.openfid.spi.biometrics.GrayscaleImage;

/** Small deterministic ridge-like images for codec tests (the real synthetic fingers live in openfid-synth). */
final class TestImages {

    private TestImages() {}

    static GrayscaleImage ridges(int width, int height, long seed) {
        var random = new Random(seed);
        double angle = random.nextDouble() * Math.PI;
        double period = 8 + random.nextDouble() * 4;
        byte[] pixels = new byte[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double phase = (x * Math.cos(angle) + y * Math.sin(angle)) * 2 * Math.PI / period;
                int value = (int) (128 + 100 * Math.sin(phase + 0.002 * x * y)) + random.nextInt(9) - 4;
                pixels[y * width + x] = (byte) Math.clamp(value, 0, 255);
            }
        }
        return new GrayscaleImage(width, height, 500, pixels);
    }

    static byte[] resource(String name) {
        try (var in = TestImages.class.getResourceAsStream("/mosip-profile/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
