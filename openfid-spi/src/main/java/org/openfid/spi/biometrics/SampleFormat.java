package org.openfid.spi.biometrics;

/**
 * The standard record a {@link BiometricSample} holds, with the CBEFF format type MOSIP registers for
 * it (IBIA organisation 257).
 *
 * @since 0.4
 */
public enum SampleFormat {
    /**
     * ISO/IEC 19794-2:2005 finger minutiae record ("FMR"): a template, not an image. Accepted where a
     * gallery is loaded from minutiae another extractor made (large synthetic galleries); it has no
     * image, so it has no image quality.
     *
     * @since 0.5
     */
    ISO_19794_2_2005(BiometricType.FINGER, 2),
    /** ISO/IEC 19794-4:2011 finger image record ("FIR"). */
    ISO_19794_4_2011(BiometricType.FINGER, 7),
    /** ISO/IEC 19794-5:2011 face image record ("FAC"). */
    ISO_19794_5_2011(BiometricType.FACE, 8),
    /** ISO/IEC 19794-6:2011 iris image record ("IIR"). */
    ISO_19794_6_2011(BiometricType.IRIS, 9);

    private final BiometricType type;
    private final int cbeffFormatType;

    SampleFormat(BiometricType type, int cbeffFormatType) {
        this.type = type;
        this.cbeffFormatType = cbeffFormatType;
    }

    /** The modality whose images this format holds. */
    public BiometricType type() {
        return type;
    }

    /** The CBEFF {@code BDBInfo/Format/Type} MOSIP uses for it. */
    public int cbeffFormatType() {
        return cbeffFormatType;
    }
}
