package org.openfid.synth.fingers;

/**
 * A core or a delta of a master finger, in master-canvas pixels.
 *
 * @param kind core (where ridges turn back) or delta (where three ridge flows meet)
 * @param x column
 * @param y row (down)
 */
public record SingularPoint(Kind kind, double x, double y) {

    /** The two kinds of singular point the zero-pole orientation model places. */
    public enum Kind {
        CORE,
        DELTA
    }
}
