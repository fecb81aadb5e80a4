package org.openfid.bench.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's allocation probe against a real second JVM: it attaches through the attach API,
 * and the bytes a named worker thread allocates between two snapshots land in that thread's group.
 */
class HeapAllocationTest {

    /** Bytes the child's worker allocates when asked: far above what anything else there allocates. */
    static final int ALLOCATED = 64 * 1024 * 1024;

    @Test
    void chargesAThreadsAllocationToItsGroup() throws Exception {
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process child = new ProcessBuilder(
                        java, "-cp", System.getProperty("java.class.path"), Allocator.class.getName())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try (var lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
                var commands = new PrintStream(child.getOutputStream(), true, StandardCharsets.UTF_8)) {
            assertThat(lines.readLine()).isEqualTo("ready");
            try (var probe = HeapAllocation.Probe.attach(child.pid())) {
                HeapAllocation before = probe.snapshot();
                commands.println("allocate");
                assertThat(lines.readLine()).isEqualTo("done");
                Map<String, Long> spent = probe.snapshot().since(before);

                assertThat(spent.get("pipeline workers")).isBetween((long) ALLOCATED, ALLOCATED * 2L);
                assertThat(spent.values().stream().mapToLong(Long::longValue).sum())
                        .isGreaterThanOrEqualTo(ALLOCATED);
            }
        } finally {
            child.destroy();
            child.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /**
     * The child: a long-lived thread named like a pipeline worker allocates {@link #ALLOCATED} bytes
     * per request (a thread that ends between snapshots is only in the process total).
     */
    public static final class Allocator {
        public static void main(String[] args) throws Exception {
            var requests = new java.util.concurrent.SynchronousQueue<String>();
            Thread worker = new Thread(() -> serve(requests), "enrolment-pipeline-1");
            worker.setDaemon(true);
            worker.start();
            var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            System.out.println("ready");
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                requests.put(line);
            }
        }

        private static void serve(java.util.concurrent.SynchronousQueue<String> requests) {
            try {
                while (true) {
                    requests.take();
                    long sum = 0;
                    for (int i = 0; i < ALLOCATED / 1024; i++) {
                        sum += new byte[1024 - 16].length;
                    }
                    System.out.println(sum > 0 ? "done" : "nothing");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
