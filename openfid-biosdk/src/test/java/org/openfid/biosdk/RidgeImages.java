package org.openfid.biosdk;

import java.util.Random;
import org.openfid.spi.biometrics.GrayscaleImage;

/**
 * Test images for the quality model that need no fingerprint generator: a whorl-like ridge pattern
 * (concentric ellipses at a 0.46 mm period, the typical ridge spacing) on a white background, and the
 * degradations a capture suffers: noise, blur, a partial contact area, low contrast.
 */
final class RidgeImages {

    static final int WIDTH = 320;
    static final int HEIGHT = 400;

    private RidgeImages() {}

    /** A clean print covering most of the image. */
    static GrayscaleImage clean() {
        return ridges(1.0, 110);
    }

    /** A print whose contact area is only {@code share} of the clean one (a vertical ellipse). */
    static GrayscaleImage partial(double share) {
        return ridges(Math.sqrt(share), 110);
    }

    /** A faint print (amplitude in grey levels). */
    static GrayscaleImage faint(int amplitude) {
        return ridges(1.0, amplitude);
    }

    static GrayscaleImage blank() {
        byte[] pixels = new byte[WIDTH * HEIGHT];
        java.util.Arrays.fill(pixels, (byte) 250);
        return new GrayscaleImage(WIDTH, HEIGHT, 500, pixels);
    }

    private static GrayscaleImage ridges(double scale, int amplitude) {
        byte[] pixels = new byte[WIDTH * HEIGHT];
        double period = 9.0;
        double cx = WIDTH / 2.0;
        double cy = HEIGHT / 2.0;
        double rx = 140 * scale;
        double ry = 185 * scale;
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                double dx = (x - cx) / rx;
                double dy = (y - cy) / ry;
                double inside = dx * dx + dy * dy;
                int value = 250;
                if (inside <= 1) {
                    double radius = Math.hypot(x - cx, (y - cy) * 0.8);
                    value = (int) Math.round(128 + amplitude * Math.cos(2 * Math.PI * radius / period));
                }
                pixels[y * WIDTH + x] = (byte) Math.clamp(value, 0, 255);
            }
        }
        return new GrayscaleImage(WIDTH, HEIGHT, 500, pixels);
    }

    /** Adds Gaussian noise of {@code sigma} grey levels (seeded). */
    static GrayscaleImage noisy(GrayscaleImage image, double sigma, long seed) {
        var random = new Random(seed);
        byte[] pixels = image.pixels().clone();
        for (int i = 0; i < pixels.length; i++) {
            int value = (pixels[i] & 0xff) + (int) Math.round(random.nextGaussian() * sigma);
            pixels[i] = (byte) Math.clamp(value, 0, 255);
        }
        return new GrayscaleImage(image.width(), image.height(), image.ppi(), pixels);
    }

    /** A box blur of the given radius, repeated three times (close to a Gaussian). */
    static GrayscaleImage blurred(GrayscaleImage image, int radius) {
        var current = image;
        for (int pass = 0; pass < 3; pass++) {
            current = boxBlur(current, radius);
        }
        return current;
    }

    private static GrayscaleImage boxBlur(GrayscaleImage image, int radius) {
        int width = image.width();
        int height = image.height();
        byte[] pixels = new byte[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int sum = 0;
                int n = 0;
                for (int yy = Math.max(0, y - radius); yy <= Math.min(height - 1, y + radius); yy++) {
                    for (int xx = Math.max(0, x - radius); xx <= Math.min(width - 1, x + radius); xx++) {
                        sum += image.at(xx, yy);
                        n++;
                    }
                }
                pixels[y * width + x] = (byte) (sum / n);
            }
        }
        return new GrayscaleImage(width, height, image.ppi(), pixels);
    }

    /** Keeps only the top {@code share} of the rows; the rest becomes background. */
    static GrayscaleImage cropped(GrayscaleImage image, double share) {
        byte[] pixels = image.pixels().clone();
        int keep = (int) Math.round(image.height() * share);
        java.util.Arrays.fill(pixels, keep * image.width(), pixels.length, (byte) 250);
        return new GrayscaleImage(image.width(), image.height(), image.ppi(), pixels);
    }
}
