package org.openfid.spi.biometrics.iso;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.openfid.spi.biometrics.BiometricFormatException;
import org.openfid.spi.biometrics.GrayscaleImage;

/**
 * Pixels in and out of the image data of a representation. PNG and JPEG go through the JDK's
 * ImageIO; WSQ and JPEG 2000 have no JDK codec, so they stay opaque (the header still reads) and
 * decoding them is refused with a clear error rather than guessed. JPEG 2000 (what MOSIP's devices
 * send) decodes as soon as an ImageIO JPEG 2000 plug-in is on the class path (for example
 * jai-imageio-jpeg2000), without a dependency here.
 */
final class FingerImageCodec {

    private FingerImageCodec() {}

    static byte[] encode(GrayscaleImage image, FingerImageCompression compression) {
        return switch (compression) {
            case UNCOMPRESSED -> image.pixels().clone();
            case PNG -> write(image, "png");
            case JPEG -> write(image, "jpeg");
            default ->
                throw new IllegalArgumentException(
                        "compression " + compression.label() + " not supported for encoding (use PNG or uncompressed)");
        };
    }

    static GrayscaleImage decode(FingerImage image) {
        return switch (image.compression()) {
            case UNCOMPRESSED -> raw(image);
            case PNG, JPEG -> read(image);
            case JPEG2000_LOSSY, JPEG2000_LOSSLESS -> {
                if (!ImageIO.getImageReadersByMIMEType("image/jp2").hasNext()) {
                    throw new BiometricFormatException("ISO 19794-4 finger image: compression "
                            + image.compression().label()
                            + " not supported for decoding (no JPEG 2000 ImageIO reader is installed)");
                }
                yield read(image);
            }
            default ->
                throw new BiometricFormatException("ISO 19794-4 finger image: compression "
                        + image.compression().label() + " not supported for decoding");
        };
    }

    private static GrayscaleImage raw(FingerImage image) {
        if (image.bitDepth() != 8) {
            throw new BiometricFormatException("ISO 19794-4 finger image: uncompressed bit depth " + image.bitDepth()
                    + " not supported for decoding");
        }
        return new GrayscaleImage(image.width(), image.height(), image.ppi(), image.dataView());
    }

    private static byte[] write(GrayscaleImage image, String format) {
        var buffered = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_BYTE_GRAY);
        buffered.getRaster().setDataElements(0, 0, image.width(), image.height(), image.pixels());
        var out = new ByteArrayOutputStream(image.pixels().length / 2 + 1024);
        // In memory: ImageIO's default stream for an OutputStream caches in a temporary file, which
        // would put an unencrypted biometric image on disk (and cost a file per image).
        try (var stream = new MemoryCacheImageOutputStream(out)) {
            if (!ImageIO.write(buffered, format, stream)) {
                throw new IllegalStateException("The JDK has no " + format + " writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Reads with an explicit reader so the embedded image's dimensions are checked against the
     * header before any pixel is allocated (a small PNG can claim gigapixels).
     */
    private static GrayscaleImage read(FingerImage image) {
        String what = "ISO 19794-4 finger image: " + image.compression().label() + " data ";
        // In memory, never ImageIO's file cache: no biometric image in a temporary file.
        try (var input = new MemoryCacheImageInputStream(new ByteArrayInputStream(image.dataView()))) {
            var readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new BiometricFormatException(what + "is not a readable image");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                if (reader.getWidth(0) != image.width() || reader.getHeight(0) != image.height()) {
                    throw new BiometricFormatException(what + "is " + reader.getWidth(0) + "x" + reader.getHeight(0)
                            + " but the header says " + image.width() + "x" + image.height());
                }
                return gray(reader.read(0), image.ppi());
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof BiometricFormatException format) {
                throw format;
            }
            throw new BiometricFormatException(what + "cannot be decoded", e);
        }
    }

    /**
     * Grey levels from the raster's samples (not getRGB, which would apply a colour-space conversion
     * to grey images); palette images are the exception, their samples are indices.
     */
    private static GrayscaleImage gray(BufferedImage decoded, int ppi) {
        if (decoded.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            // What stations write: 8-bit grey samples are the grey levels, copied a row at a time.
            int width = decoded.getWidth();
            int height = decoded.getHeight();
            byte[] pixels = (byte[]) decoded.getRaster().getDataElements(0, 0, width, height, new byte[width * height]);
            return new GrayscaleImage(width, height, ppi, pixels);
        }
        if (decoded.getColorModel() instanceof IndexColorModel) {
            var rgb = new BufferedImage(decoded.getWidth(), decoded.getHeight(), BufferedImage.TYPE_INT_RGB);
            rgb.getGraphics().drawImage(decoded, 0, 0, null);
            decoded = rgb;
        }
        Raster raster = decoded.getRaster();
        int width = raster.getWidth();
        int height = raster.getHeight();
        int bands = raster.getNumBands();
        int bits = raster.getSampleModel().getSampleSize(0);
        int shift = Math.max(0, bits - 8);
        int scale = bits < 8 ? 255 / ((1 << bits) - 1) : 1;
        byte[] pixels = new byte[width * height];
        int[] row = new int[width * bands];
        for (int y = 0; y < height; y++) {
            raster.getPixels(0, y, width, 1, row);
            for (int x = 0; x < width; x++) {
                int value;
                if (bands >= 3) {
                    int i = x * bands;
                    value = (299 * (row[i] >> shift) + 587 * (row[i + 1] >> shift) + 114 * (row[i + 2] >> shift))
                            / 1000;
                } else {
                    value = row[x * bands] >> shift;
                }
                pixels[y * width + x] = (byte) (value * scale);
            }
        }
        return new GrayscaleImage(width, height, ppi, pixels);
    }
}
