package org.openfid.enrolment.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * CPU and wall time of one stage run on its worker thread, stored with the stage history so that the
 * cost of enrolment can be split by stage from the process's own accounting. Work a stage hands to
 * other threads (a parallel 1:N search) is not in its thread's CPU time; the benchmark compares the
 * sum with the process's total CPU time to show that remainder.
 *
 * @param cpuMicros CPU time of the worker thread, or -1 when the JVM cannot measure it
 * @param wallMicros elapsed time
 */
record StageCost(long cpuMicros, long wallMicros) {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    static Meter start() {
        boolean cpu = THREADS.isCurrentThreadCpuTimeSupported();
        return new Meter(cpu ? THREADS.getCurrentThreadCpuTime() : -1, System.nanoTime());
    }

    /** A running measurement. */
    record Meter(long cpuStart, long wallStart) {
        StageCost stop() {
            long cpu = cpuStart < 0 ? -1 : (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1_000;
            return new StageCost(cpu, (System.nanoTime() - wallStart) / 1_000);
        }
    }
}
