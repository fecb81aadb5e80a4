package org.openfid.biometrics.search;

import java.util.Arrays;

/**
 * Up to {@value #SLOTS} fingers of one position in an inverted index: for every pair-geometry key,
 * the postings {@code slot << 8 | segment angle} of the fingers that have such a pair. Primitive
 * arrays only (about 4 bytes per pair, 150-250 pairs per finger). Slots are appended and never
 * reused; a removed finger's slot is marked dead and its postings are skipped when scoring.
 *
 * <p>Not thread-safe by itself: {@link PairIndex} guards it with a read-write lock.
 */
final class IndexShard {

    /**
     * Fingers per shard. Small on purpose: a vote writes at random into a (slot, rotation) table of
     * {@code SLOTS * ROTATIONS} bytes, and at 8,192 slots that table (512 KB) stays in a core's L2
     * cache; 32,768-slot shards with shorts made the same vote 2.5-3x slower (ADR 0010).
     */
    static final int SLOTS = 1 << 13;
    /** Rotation cells of 360/64 degrees; a mate's votes are read over {@value #WINDOW} adjacent cells. */
    static final int ROTATIONS = 64;

    static final int WINDOW = 3;
    private static final int ROTATION_SHIFT = 2;

    private final int[][] postings = new int[PairGeometry.KEYS][];
    private final int[] lengths = new int[PairGeometry.KEYS];
    private final int[] ordinals = new int[SLOTS];
    private final short[] pairCounts = new short[SLOTS];
    private int used;
    private long postingCount;

    boolean full() {
        return used == SLOTS;
    }

    int used() {
        return used;
    }

    /** Adds a finger of record {@code ordinal}; returns its slot. */
    int add(int ordinal, int[] galleryPairs) {
        int slot = used++;
        ordinals[slot] = ordinal;
        pairCounts[slot] = (short) Math.min(galleryPairs.length, Short.MAX_VALUE);
        for (int packed : galleryPairs) {
            int key = packed >>> 8;
            int[] list = postings[key];
            if (list == null) {
                list = new int[16];
                postings[key] = list;
            } else if (lengths[key] == list.length) {
                list = Arrays.copyOf(list, list.length * 2);
                postings[key] = list;
            }
            list[lengths[key]++] = slot << 8 | (packed & 0xFF);
        }
        postingCount += galleryPairs.length;
        return slot;
    }

    void kill(int slot) {
        ordinals[slot] = -1;
    }

    /**
     * Votes the probe's pairs into (slot, rotation) cells and returns, per live slot, the best votes
     * over {@value #WINDOW} adjacent rotation cells (about 17 degrees) divided by the finger's pair
     * count: the share of the finger's pairs that agree with the probe under one rotation. Narrow
     * cells keep an impostor's chance votes, which spread over all rotations, low; dividing by the
     * pair count keeps fingers with many minutiae from winning on chance votes alone (ADR 0010).
     */
    float[] vote(int[] probePairs) {
        byte[] votes = new byte[used * ROTATIONS];
        for (int at = 0; at < probePairs.length; at += 9) {
            int angle = probePairs[at + 8];
            for (int k = 0; k < 8; k++) {
                int key = probePairs[at + k];
                if (key < 0) {
                    continue;
                }
                int[] list = postings[key];
                int length = lengths[key];
                for (int i = 0; i < length; i++) {
                    int posting = list[i];
                    int cell = (posting >>> 8) * ROTATIONS + (((angle - posting) & 0xFF) >>> ROTATION_SHIFT);
                    // unsigned bytes that stop at 255: a mate's cell holds at most about one vote per
                    // gallery pair, and a table half the size of shorts keeps the writes in cache
                    if (votes[cell] != (byte) 0xFF) {
                        votes[cell]++;
                    }
                }
            }
        }
        float[] scores = new float[used];
        for (int slot = 0; slot < used; slot++) {
            if (ordinals[slot] >= 0) {
                scores[slot] = (float) bestWindow(votes, slot * ROTATIONS) / Math.max(pairCounts[slot], 1);
            }
        }
        return scores;
    }

    /** The largest sum of {@value #WINDOW} circularly adjacent rotation cells of one slot. */
    private static int bestWindow(byte[] votes, int base) {
        int sum = 0;
        for (int w = 0; w < WINDOW; w++) {
            sum += votes[base + ROTATIONS - 1 - w] & 0xFF;
        }
        int best = sum;
        for (int r = 0; r < ROTATIONS; r++) {
            sum += (votes[base + r] & 0xFF) - (votes[base + ((r - WINDOW) & (ROTATIONS - 1))] & 0xFF);
            best = Math.max(best, sum);
        }
        return best;
    }

    int ordinal(int slot) {
        return ordinals[slot];
    }

    /** Bytes held by postings and slot tables (capacity, not only the used part). */
    long memoryBytes() {
        long bytes = (long) SLOTS * (4 + 2) + PairGeometry.KEYS * (4L + 16);
        for (int[] list : postings) {
            bytes += list == null ? 0 : 16 + 4L * list.length;
        }
        return bytes;
    }

    long postingCount() {
        return postingCount;
    }
}
