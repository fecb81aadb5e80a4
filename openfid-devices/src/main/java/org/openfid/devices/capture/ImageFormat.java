package org.openfid.devices.capture;

import com.github.jaiimageio.jpeg2000.J2KImageWriteParam;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.openfid.spi.biometrics.BiometricSubtype;
import org.openfid.spi.biometrics.GrayscaleImage;
import org.openfid.spi.biometrics.iso.FingerImage;
import org.openfid.spi.biometrics.iso.FingerImageCompression;

/**
 * How the devices compress the finger image inside the ISO 19794-4 record. PNG (the default) is
 * lossless and every reader with the JDK alone decodes it; JPEG 2000 is what MOSIP's mock SBI and
 * real devices send for fingers (lossy, 9/7 wavelet, 2 bits per pixel, compression code 4), written
 * with the pure-Java jai-imageio plug-in; a server decodes it only with a JPEG 2000 ImageIO reader
 * on its class path.
 */
public enum ImageFormat {
    PNG("png"),
    JP2("jp2");

    /** Bits per pixel of the lossy JPEG 2000 code stream: 4:1 on 8-bit grey, as MOSIP's mock devices. */
    static final double JP2_BITS_PER_PIXEL = 2.0;

    private final String option;

    ImageFormat(String option) {
        this.option = option;
    }

    /** The {@code --image-format} value. */
    public String option() {
        return option;
    }

    /** The format named by an {@code --image-format} value, case-insensitive. */
    public static Optional<ImageFormat> ofOption(String value) {
        return Arrays.stream(values())
                .filter(f -> f.option.equals(value.toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    /** Whether the record holds exactly these pixels (so the quality of the image is that of the record). */
    boolean lossless() {
        return this == PNG;
    }

    /** A single-finger representation of {@code image} for {@code finger} in this format. */
    FingerImage represent(GrayscaleImage image, BiometricSubtype finger) {
        if (this == PNG) {
            return FingerImage.of(image, finger, FingerImageCompression.PNG);
        }
        return FingerImage.of(image, finger, FingerImageCompression.UNCOMPRESSED)
                .withImageData(FingerImageCompression.JPEG2000_LOSSY, jpeg2000(image));
    }

    private static byte[] jpeg2000(GrayscaleImage image) {
        var buffered = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_BYTE_GRAY);
        buffered.getRaster().setDataElements(0, 0, image.width(), image.height(), image.pixels());
        var writers = ImageIO.getImageWritersByFormatName("jpeg2000");
        if (!writers.hasNext()) {
            throw new IllegalStateException("No JPEG 2000 ImageIO writer: jai-imageio-jpeg2000 is missing");
        }
        ImageWriter writer = writers.next();
        var out = new ByteArrayOutputStream(image.pixels().length / 3);
        try (var stream = new MemoryCacheImageOutputStream(out)) { // never a temporary file of the image
            var param = (J2KImageWriteParam) writer.getDefaultWriteParam();
            param.setLossless(false);
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setFilter(J2KImageWriteParam.FILTER_97);
            param.setEncodingRate(JP2_BITS_PER_PIXEL);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(buffered, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
