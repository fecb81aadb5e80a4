package org.openfid.spi.biometrics.iso;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openfid.spi.biometrics.BiometricSubtype;
import org.openfid.spi.biometrics.GrayscaleImage;

/**
 * PNG data that is not 8-bit grey (a device or another registration client may write colour, 16-bit
 * or palette images) still decodes to the right grey levels: only 8-bit grey takes the direct copy.
 */
class FingerImageDecodingTest {

    private static final int WIDTH = 40;
    private static final int HEIGHT = 30;

    @Test
    void eightBitGreyIsCopiedAsIs() throws IOException {
        var image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        image.getRaster().setDataElements(0, 0, WIDTH, HEIGHT, expected().pixels());

        assertThat(decode(image).pixels()).isEqualTo(expected().pixels());
    }

    @Test
    void colourIsWeightedToGrey() throws IOException {
        var image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                image.getRaster().setPixel(x, y, new int[] {200, 100, 50});
            }
        }

        // 0.299 R + 0.587 G + 0.114 B
        assertThat(decode(image).pixels()).containsOnly((byte) 124);
    }

    @Test
    void sixteenBitGreyKeepsItsHighByte() throws IOException {
        var image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_USHORT_GRAY);
        byte[] grey = expected().pixels();
        for (int i = 0; i < grey.length; i++) {
            image.getRaster().setSample(i % WIDTH, i / WIDTH, 0, ((grey[i] & 0xff) << 8) | 0x7f);
        }

        assertThat(decode(image).pixels()).isEqualTo(grey);
    }

    @Test
    void paletteIndicesAreLookedUp() throws IOException {
        byte[] levels = new byte[256];
        for (int i = 0; i < 256; i++) {
            levels[i] = (byte) (255 - i);
        }
        var palette = new IndexColorModel(8, 256, levels, levels, levels);
        var image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_INDEXED, palette);
        byte[] grey = expected().pixels();
        for (int i = 0; i < grey.length; i++) {
            image.getRaster().setSample(i % WIDTH, i / WIDTH, 0, 255 - (grey[i] & 0xff));
        }

        assertThat(decode(image).pixels()).isEqualTo(grey);
    }

    /** A gradient with every grey level in its range. */
    private static GrayscaleImage expected() {
        byte[] pixels = new byte[WIDTH * HEIGHT];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) (i * 7 % 256);
        }
        return new GrayscaleImage(WIDTH, HEIGHT, 500, pixels);
    }

    /** {@code image} as the PNG data of a finger representation, decoded by the record's codec. */
    private static GrayscaleImage decode(BufferedImage image) throws IOException {
        var png = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, "png", png)).isTrue();
        return FingerImage.of(expected(), BiometricSubtype.RIGHT_INDEX, FingerImageCompression.PNG)
                .withImageData(FingerImageCompression.PNG, png.toByteArray())
                .decode();
    }
}
