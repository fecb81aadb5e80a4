package org.openfid.devices.capture;

/**
 * One captured finger.
 *
 * @param slot which finger, and the name to report
 * @param isoRecord the ISO/IEC 19794-4:2011 record (one PNG-compressed representation)
 * @param quality the image's score on the 0-100 scale from the quality algorithm
 */
public record CapturedFinger(FingerSlot slot, byte[] isoRecord, int quality) {}
