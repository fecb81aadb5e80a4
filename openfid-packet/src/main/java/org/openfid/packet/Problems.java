package org.openfid.packet;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one reading. */
final class Problems {

    private final List<PacketProblem> list = new ArrayList<>();

    void add(ProblemCode code, String where, String what) {
        list.add(new PacketProblem(code, where, what));
    }

    boolean any() {
        return !list.isEmpty();
    }

    int count() {
        return list.size();
    }

    List<PacketProblem> list() {
        return list;
    }
}
