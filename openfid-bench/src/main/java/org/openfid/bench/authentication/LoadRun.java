package org.openfid.bench.authentication;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.openfid.bench.enrolment.ProcessCpu;

/**
 * One load phase against the child platform: either closed-loop ({@code concurrency} callers sending
 * back to back) or paced (a fixed rate of arrivals, each on its own virtual thread, so latency is not
 * hidden by the generator waiting). It counts only successful transactions and measures the server's
 * own CPU time (and PostgreSQL's) over the measured window.
 */
final class LoadRun {

    /**
     * One transaction of the scenario; returns whether it succeeded. A transaction that builds its
     * request first (signing and encrypting are the relying party's work, not the platform's) starts
     * the watch just before sending and stops it when the answer is in; otherwise the watch runs from
     * the call to the return.
     */
    @FunctionalInterface
    interface Transaction {
        boolean run(Person person, Stopwatch watch) throws Exception;
    }

    /** The latency of one transaction: from {@link #start} (or the call) to {@link #stop} (or the return). */
    static final class Stopwatch {
        private long started = System.nanoTime();
        private long stopped;

        void start() {
            started = System.nanoTime();
        }

        void stop() {
            stopped = System.nanoTime();
        }

        long nanos() {
            return (stopped == 0 ? System.nanoTime() : stopped) - started;
        }
    }

    /**
     * What a phase measured.
     *
     * @param seconds wall-clock length of the measured window
     * @param succeeded successful transactions
     * @param failed failed ones
     * @param serverCpu CPU seconds of the server JVM in the window
     * @param databaseCpu CPU seconds of the embedded PostgreSQL in the window
     * @param latencies sorted latencies of successful transactions, in nanoseconds
     * @param threads the server's CPU seconds in the window by thread group
     * @param slowBySecond transactions slower than 50 ms by the second of the window they started in:
     *     a stall shows as a cluster, load as a spread
     */
    record Result(
            double seconds,
            long succeeded,
            long failed,
            double serverCpu,
            double databaseCpu,
            long[] latencies,
            java.util.Map<String, Double> threads,
            java.util.SortedMap<Integer, Integer> slowBySecond) {

        double perSecond() {
            return succeeded / seconds;
        }

        double perServerCpuSecond() {
            return succeeded / serverCpu;
        }

        double millis(double quantile) {
            if (latencies.length == 0) {
                return Double.NaN;
            }
            return latencies[Math.min(latencies.length - 1, (int) (latencies.length * quantile))] / 1e6;
        }
    }

    private static final AtomicLong REPORTED = new AtomicLong();

    private final long serverPid;
    private final long databasePid;
    private final List<Person> people;
    private static final long SLOW_NANOS = 50_000_000L;

    private final ConcurrentLinkedQueue<Long> slowStarts = new ConcurrentLinkedQueue<>();
    private final java.util.Set<Person> inFlight = java.util.concurrent.ConcurrentHashMap.newKeySet();

    LoadRun(long serverPid, long databasePid, List<Person> people) {
        this.serverPid = serverPid;
        this.databasePid = databasePid;
        this.people = people;
    }

    Result closedLoop(Transaction transaction, int concurrency, double warmUpSeconds, double seconds)
            throws InterruptedException {
        var measuring = new AtomicBoolean(false);
        var stop = new AtomicBoolean(false);
        var latencies = new ConcurrentLinkedQueue<Long>();
        var succeeded = new AtomicLong();
        var failed = new AtomicLong();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < concurrency; i++) {
                executor.submit(() -> {
                    while (!stop.get()) {
                        call(transaction, measuring.get(), latencies, succeeded, failed);
                    }
                });
            }
            Thread.sleep((long) (warmUpSeconds * 1000));
            return measure(measuring, latencies, succeeded, failed, seconds, () -> stop.set(true));
        }
    }

    Result paced(Transaction transaction, double perSecond, double warmUpSeconds, double seconds)
            throws InterruptedException {
        var measuring = new AtomicBoolean(false);
        var stop = new AtomicBoolean(false);
        var latencies = new ConcurrentLinkedQueue<Long>();
        var succeeded = new AtomicLong();
        var failed = new AtomicLong();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            Thread pacer = Thread.ofPlatform().start(() -> {
                long interval = (long) (1e9 / perSecond);
                long next = System.nanoTime();
                while (!stop.get()) {
                    boolean counted = measuring.get();
                    executor.submit(() -> call(transaction, counted, latencies, succeeded, failed));
                    next += interval;
                    LockSupport.parkNanos(next - System.nanoTime());
                }
            });
            Thread.sleep((long) (warmUpSeconds * 1000));
            Result result = measure(measuring, latencies, succeeded, failed, seconds, () -> stop.set(true));
            pacer.join();
            return result;
        }
    }

    private Result measure(
            AtomicBoolean measuring,
            ConcurrentLinkedQueue<Long> latencies,
            AtomicLong succeeded,
            AtomicLong failed,
            double seconds,
            Runnable stop)
            throws InterruptedException {
        ProcessCpu threadsBefore = ProcessCpu.of(serverPid);
        double serverBefore = threadsBefore.totalSeconds();
        double databaseBefore = ProcessCpu.treeSeconds(databasePid);
        slowStarts.clear();
        long began = System.nanoTime();
        measuring.set(true);
        Thread.sleep((long) (seconds * 1000));
        measuring.set(false);
        long okCount = succeeded.get();
        long failedCount = failed.get();
        double elapsed = (System.nanoTime() - began) / 1e9;
        ProcessCpu threadsAfter = ProcessCpu.of(serverPid);
        double server = threadsAfter.totalSeconds() - serverBefore;
        double database = ProcessCpu.treeSeconds(databasePid) - databaseBefore;
        long[] sorted = latencies.stream().mapToLong(Long::longValue).toArray();
        stop.run();
        Arrays.sort(sorted);
        var slow = new java.util.TreeMap<Integer, Integer>();
        slowStarts.forEach(start -> slow.merge((int) ((start - began) / 1_000_000_000L), 1, Integer::sum));
        return new Result(
                elapsed, okCount, failedCount, server, database, sorted, threadsAfter.since(threadsBefore), slow);
    }

    /**
     * A random person who has no transaction in flight: one person does not log in twice at the same
     * moment, and two OTP logins of one person would each read the other's OTP off the phone.
     */
    private Person claimPerson() {
        while (true) {
            Person person = people.get(ThreadLocalRandom.current().nextInt(people.size()));
            if (inFlight.add(person)) {
                return person;
            }
        }
    }

    private void call(
            Transaction transaction,
            boolean counted,
            ConcurrentLinkedQueue<Long> latencies,
            AtomicLong succeeded,
            AtomicLong failed) {
        Person person = claimPerson();
        var watch = new Stopwatch();
        boolean ok;
        try {
            ok = transaction.run(person, watch);
        } catch (Exception e) {
            ok = false;
            if (REPORTED.getAndIncrement() < 3) {
                System.err.println("  a transaction failed: " + e);
            }
        } finally {
            inFlight.remove(person);
        }
        if (!counted) {
            return;
        }
        if (ok) {
            latencies.add(watch.nanos());
            if (watch.nanos() > SLOW_NANOS) {
                slowStarts.add(watch.started);
            }
            succeeded.incrementAndGet();
        } else {
            failed.incrementAndGet();
        }
    }
}
