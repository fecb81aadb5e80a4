package org.openfid.bench.enrolment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.openfid.packet.WrittenPacket;

/**
 * Submits a {@link PacketPlan}: packets are built on a pool of threads (about one CPU-second each for
 * ten finger images) while earlier ones are synced and uploaded in plan order, with a bounded number
 * of built packets waiting, so memory stays small for any N.
 */
final class EnrolmentRun {

    /**
     * One submitted packet.
     *
     * @param entry the plan entry
     * @param rid its RID
     * @param originalRid the RID of the original registration when it is a planted duplicate
     * @param refusal why intake refused it, or null when it was acknowledged
     */
    record Submitted(
            PacketPlan.Entry entry,
            String rid,
            @Nullable String originalRid,
            @Nullable String refusal) {}

    private EnrolmentRun() {}

    /** Builds and submits every entry; RID sequences start at {@code firstSequence}. */
    static List<Submitted> submit(Submitter submitter, PacketPlan plan, long firstSequence, int builders) {
        List<PacketPlan.Entry> entries = plan.entries();
        int ahead = builders * 2;
        List<CompletableFuture<WrittenPacket>> built = new ArrayList<>(entries.size());
        Map<Long, String> ridOfRecord = new HashMap<>();
        List<Submitted> submitted = new ArrayList<>(entries.size());
        try (ExecutorService pool = Executors.newFixedThreadPool(builders)) {
            for (int i = 0; i < entries.size(); i++) {
                while (built.size() < entries.size() && built.size() - i < ahead) {
                    long record = entries.get(built.size()).record();
                    long sequence = firstSequence + built.size();
                    built.add(CompletableFuture.supplyAsync(() -> submitter.build(record, sequence), pool));
                }
                WrittenPacket packet = built.get(i).join();
                built.set(i, null); // let the packet's bytes go
                PacketPlan.Entry entry = entries.get(i);
                ridOfRecord.put(entry.record(), packet.rid());
                String original = entry.duplicateOf().isPresent()
                        ? ridOfRecord.get(entry.duplicateOf().getAsLong())
                        : null;
                submitted.add(new Submitted(entry, packet.rid(), original, submitter.send(packet)));
                progress(i + 1, entries.size());
            }
        }
        return submitted;
    }

    private static void progress(int done, int total) {
        if (done == total || done % 25 == 0) {
            System.out.printf("  submitted %d of %d packets%n", done, total);
        }
    }
}
