package org.openfid.biometrics.search;

import java.util.function.IntPredicate;

/** Picks the best-scoring indices of a score array with a primitive min-heap (no boxing). */
final class TopScores {

    private TopScores() {}

    /** The indices of the {@code k} highest positive scores that {@code accept}, best first. */
    static int[] top(float[] scores, int k, IntPredicate accept) {
        long[] heap = new long[Math.max(k, 1)];
        int size = 0;
        for (int i = 0; i < scores.length; i++) {
            float score = scores[i];
            if (!(score > 0) || !accept.test(i)) {
                continue;
            }
            // positive floats order like their bits; the index rides in the low half
            long entry = (long) Float.floatToIntBits(score) << 32 | i;
            if (size < k) {
                heap[size] = entry;
                siftUp(heap, size++);
            } else if (k > 0 && entry > heap[0]) {
                heap[0] = entry;
                siftDown(heap, size);
            }
        }
        long[] sorted = java.util.Arrays.copyOf(heap, size);
        java.util.Arrays.sort(sorted);
        int[] out = new int[size];
        for (int i = 0; i < size; i++) {
            out[i] = (int) sorted[size - 1 - i];
        }
        return out;
    }

    private static void siftUp(long[] heap, int at) {
        while (at > 0) {
            int parent = (at - 1) / 2;
            if (heap[parent] <= heap[at]) {
                return;
            }
            long swap = heap[parent];
            heap[parent] = heap[at];
            heap[at] = swap;
            at = parent;
        }
    }

    private static void siftDown(long[] heap, int size) {
        int at = 0;
        while (true) {
            int child = 2 * at + 1;
            if (child >= size) {
                return;
            }
            if (child + 1 < size && heap[child + 1] < heap[child]) {
                child++;
            }
            if (heap[at] <= heap[child]) {
                return;
            }
            long swap = heap[child];
            heap[child] = heap[at];
            heap[at] = swap;
            at = child;
        }
    }
}
