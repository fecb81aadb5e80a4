package org.openfid.spi.biometrics.iso;

/** Which finger position and impression codes ISO/IEC 19794-4:2011 defines (its code tables). */
final class FingerCodes {

    /** Live-scan plain impression, what a flat-platen device captures. */
    static final int LIVE_SCAN_PLAIN = 0;

    /** Scale units: pixels per inch. */
    static final int PIXELS_PER_INCH = 1;

    /** Scale units: pixels per centimetre. */
    static final int PIXELS_PER_CENTIMETRE = 2;

    private FingerCodes() {}

    /**
     * Single fingers 0-10, plain four-finger slaps and two thumbs 13-15, palm codes 20-38 and
     * multiple-finger codes 40-50.
     */
    static boolean knownPosition(int code) {
        return (code >= 0 && code <= 10)
                || (code >= 13 && code <= 15)
                || (code >= 20 && code <= 38)
                || (code >= 40 && code <= 50);
    }

    /** Finger and palm impressions 0-15, the contactless and swipe codes 24-28, and 29 unknown. */
    static boolean knownImpression(int code) {
        return (code >= 0 && code <= 15) || (code >= 24 && code <= 29);
    }
}
