package org.openfid.devices.capture;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToLongFunction;
import org.openfid.spi.biometrics.BiometricSubtype;
import org.openfid.spi.biometrics.GrayscaleImage;
import org.openfid.synth.fingers.MasterFinger;
import org.openfid.synth.fingers.SyntheticFingers;

/**
 * The synthetic person standing at the devices: which master finger each of their ten fingers is
 * (from the synthetic population when the source tree's demo country is at hand), and their
 * impressions. Master fingers are cached; impressions are rendered per capture, each with a new index
 * so that no two captures are the same image, as with a real finger.
 */
public final class SyntheticSubject {

    private final SyntheticFingers fingers;
    private final long person;
    private final ToLongFunction<BiometricSubtype> fingerIds;
    private final Map<BiometricSubtype, MasterFinger> masters = new ConcurrentHashMap<>();

    /**
     * @param seed the population's and its fingers' seed
     * @param person the person's record number in the population
     * @param fingerIds the master finger id of each of the person's ten fingers
     */
    public SyntheticSubject(long seed, long person, ToLongFunction<BiometricSubtype> fingerIds) {
        this.fingers = new SyntheticFingers(seed);
        this.person = person;
        this.fingerIds = fingerIds;
    }

    /** The person's record number. */
    public long person() {
        return person;
    }

    /** The master finger id of one of the ten fingers. */
    public long fingerId(BiometricSubtype finger) {
        return fingerIds.applyAsLong(finger);
    }

    /**
     * Generates the ten master fingers now (a second or so each on a busy machine), so that the first
     * capture of this person does not wait for them.
     */
    public void prepare() {
        BiometricSubtype.tenFingers().forEach(this::master);
    }

    /** Impression {@code index} of one finger (deterministic for the seed, person, finger and index). */
    public GrayscaleImage impression(BiometricSubtype finger, int index) {
        return fingers.impression(master(finger), index);
    }

    private MasterFinger master(BiometricSubtype finger) {
        return masters.computeIfAbsent(finger, f -> fingers.master(fingerIds.applyAsLong(f)));
    }
}
