package org.openfid.packet;

import java.util.Objects;

/**
 * One thing wrong with a packet.
 *
 * @param where the part concerned: {@code packet}, {@code id}, {@code id/ID.json}, {@code
 *     evidence/proofOfAddress.pdf}, ...
 * @param what a precise, content-free explanation (file and field names, never values)
 */
public record PacketProblem(ProblemCode code, String where, String what) {
    public PacketProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(what, "what");
    }

    @Override
    public String toString() {
        return code + " at " + where + ": " + what;
    }
}
