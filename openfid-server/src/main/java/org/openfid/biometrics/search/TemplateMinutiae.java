package org.openfid.biometrics.search;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.dataformat.cbor.CBORMapper;

/**
 * The minutiae inside a serialized SourceAFIS 3.x template, in the library's own coordinates (pixels
 * at 500 dpi, directions in radians from 0 to 2&pi;, ending {@code E} or bifurcation {@code B}).
 *
 * <p>SourceAFIS serializes templates as CBOR maps (documented at
 * https://sourceafis.machinezoo.com/template) but exposes no minutiae on its public API, so the index
 * reads the CBOR itself. The same format written here builds gallery templates straight from
 * synthetic minutiae (SourceAFIS validates it on deserialization).
 *
 * @param width image width in pixels at 500 dpi
 * @param height image height in pixels at 500 dpi
 * @param x minutia x coordinates
 * @param y minutia y coordinates
 * @param directions minutia directions in radians
 * @param types one {@code E} or {@code B} per minutia
 */
public record TemplateMinutiae(int width, int height, short[] x, short[] y, float[] directions, String types) {

    private static final CBORMapper CBOR = CBORMapper.builder().build();

    public TemplateMinutiae {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        Objects.requireNonNull(directions, "directions");
        Objects.requireNonNull(types, "types");
        if (y.length != x.length || directions.length != x.length || types.length() != x.length) {
            throw new IllegalArgumentException("minutia arrays differ in length");
        }
    }

    /** How many minutiae the template has. */
    public int count() {
        return x.length;
    }

    /**
     * Reads the minutiae of a serialized SourceAFIS template.
     *
     * @throws IllegalArgumentException when the bytes are not a SourceAFIS 3.x template
     */
    public static TemplateMinutiae read(byte[] template) {
        Shape shape;
        try {
            shape = CBOR.readValue(template, Shape.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not a SourceAFIS template", e);
        }
        if (shape == null
                || shape.positionsX() == null
                || shape.positionsY() == null
                || shape.directions() == null
                || shape.types() == null) {
            throw new IllegalArgumentException("not a SourceAFIS template");
        }
        return new TemplateMinutiae(
                shape.width(),
                shape.height(),
                shape.positionsX(),
                shape.positionsY(),
                shape.directions(),
                shape.types());
    }

    /**
     * Writes these minutiae as a serialized SourceAFIS template. SourceAFIS validates it when a
     * gallery or matcher deserializes it (galleries do so on every put).
     */
    public byte[] toSourceAfis() {
        return CBOR.writeValueAsBytes(new Shape("3.18.1-java", width, height, x, y, directions, types));
    }

    /** The CBOR map SourceAFIS writes (field names are the library's). */
    record Shape(
            @Nullable String version,
            int width,
            int height,
            short @Nullable [] positionsX,
            short @Nullable [] positionsY,
            float @Nullable [] directions,
            @Nullable String types) {}
}
