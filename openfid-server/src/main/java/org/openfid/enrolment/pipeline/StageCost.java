package org.openfid.enrolment.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * CPU time, wall time and heap allocation of one stage run on its worker thread, stored with the
 * stage history so that the cost of enrolment can be split by stage from the process's own
 * accounting. Allocation is kept because the garbage collector's CPU follows it: without it the
 * collector's time could not be charged to the stages that caused it. Work a stage hands to other
 * threads (a parallel 1:N search) is in neither figure; the benchmark compares the sums with the
 * process's totals to show that remainder.
 *
 * @param cpuMicros CPU time of the worker thread, or -1 when the JVM cannot measure it
 * @param wallMicros elapsed time
 * @param allocatedBytes heap bytes the worker thread allocated, or -1 when the JVM cannot measure it
 */
record StageCost(long cpuMicros, long wallMicros, long allocatedBytes) {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    static Meter start() {
        boolean cpu = THREADS.isCurrentThreadCpuTimeSupported();
        return new Meter(cpu ? THREADS.getCurrentThreadCpuTime() : -1, System.nanoTime(), allocated());
    }

    /** Bytes allocated so far by the current thread, or -1 when this JVM does not count them. */
    private static long allocated() {
        if (THREADS instanceof com.sun.management.ThreadMXBean counting
                && counting.isThreadAllocatedMemorySupported()
                && counting.isThreadAllocatedMemoryEnabled()) {
            return counting.getCurrentThreadAllocatedBytes();
        }
        return -1;
    }

    /** A running measurement. */
    record Meter(long cpuStart, long wallStart, long allocatedStart) {
        StageCost stop() {
            long cpu = cpuStart < 0 ? -1 : (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1_000;
            long allocated = allocatedStart < 0 ? -1 : allocated() - allocatedStart;
            return new StageCost(cpu, (System.nanoTime() - wallStart) / 1_000, allocated < 0 ? -1 : allocated);
        }
    }
}
