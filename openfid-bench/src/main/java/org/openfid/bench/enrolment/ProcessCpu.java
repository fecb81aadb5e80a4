package org.openfid.bench.enrolment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A process's CPU time from the kernel's own accounting ({@code /proc/<pid>/stat} user + system
 * time), in total and per thread ({@code /proc/<pid>/task/<tid>}), so that the server's cost can be
 * split into request handling (virtual threads run on {@code ForkJoinPool-N} carriers), pipeline
 * workers, parallel helpers (the common fork-join pool that extraction and 1:N search use), garbage
 * collection and compilation. Threads that ended between two
 * snapshots only show in the total.
 *
 * @param totalSeconds user + system CPU seconds of the whole process
 * @param threads CPU seconds per thread id, with its name
 */
public record ProcessCpu(double totalSeconds, Map<Long, Named> threads) {

    /** One thread's name and CPU seconds. */
    public record Named(String name, double seconds) {}

    /** The thread group of the common fork-join pool, where extraction and 1:N search run in parallel. */
    static final String HELPERS = "parallel helpers (extraction, 1:N search)";

    /** The thread group of the garbage collector (the serial collector runs on the VM thread). */
    static final String COLLECTOR = "garbage collection (VM thread)";

    private static final double TICKS = 100.0; // USER_HZ, 100 on every Linux this runs on

    /** A snapshot of {@code pid}. */
    public static ProcessCpu of(long pid) {
        Path proc = Path.of("/proc", Long.toString(pid));
        Map<Long, Named> threads = new LinkedHashMap<>();
        try (Stream<Path> tasks = Files.list(proc.resolve("task"))) {
            tasks.forEach(task -> {
                try {
                    String name = Files.readString(task.resolve("comm")).strip();
                    threads.put(Long.parseLong(task.getFileName().toString()), new Named(name, seconds(task)));
                } catch (IOException ended) {
                    // the thread ended while we listed it
                }
            });
            return new ProcessCpu(seconds(proc), threads);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the CPU time of process " + pid, e);
        }
    }

    /** CPU seconds spent between {@code before} and this snapshot, by thread group. */
    public Map<String, Double> since(ProcessCpu before) {
        Map<String, Double> groups = new LinkedHashMap<>();
        double accounted = 0;
        for (var entry : threads.entrySet()) {
            Named earlier = before.threads.get(entry.getKey());
            double spent = entry.getValue().seconds() - (earlier == null ? 0 : earlier.seconds());
            groups.merge(group(entry.getValue().name()), spent, Double::sum);
            accounted += spent;
        }
        groups.put("threads that ended", Math.max(0, totalSeconds - before.totalSeconds - accounted));
        return groups;
    }

    /** The group a JVM thread belongs to, by its (15-character) name. */
    static String group(String name) {
        if (name.startsWith("http-nio") || name.startsWith("tomcat") || name.startsWith("ForkJoinPool-")) {
            // requests run on virtual threads, whose carriers are a ForkJoinPool-N
            return "HTTP requests (intake, status, gallery load)";
        }
        if (name.startsWith("task-")) {
            return "async listeners (audit chain)";
        }
        if (name.startsWith("enrolment-pipel")) {
            return "pipeline workers";
        }
        if (name.startsWith("ForkJoinPool.co")) {
            return HELPERS;
        }
        if (name.startsWith("VM Thread") || name.startsWith("GC ") || name.startsWith("G1 ")) {
            return COLLECTOR;
        }
        if (name.contains("CompilerThre")) {
            return "JIT compilation";
        }
        return "other threads";
    }

    /**
     * CPU seconds of a process tree: the root's own time and that of its ended children (which the
     * kernel adds to the root when it reaps them), plus the time of its living descendants. Used for
     * the embedded PostgreSQL, whose backends are children of the postmaster.
     */
    public static double treeSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            double total = 0;
            for (int field = 11; field <= 14; field++) {
                total += Long.parseLong(fields[field]) / TICKS;
            }
            for (ProcessHandle child :
                    ProcessHandle.of(pid).map(p -> p.descendants().toList()).orElse(java.util.List.of())) {
                try {
                    total += seconds(Path.of("/proc", Long.toString(child.pid())));
                } catch (IOException ended) {
                    // ended meanwhile: its time went to its parent
                }
            }
            return total;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the CPU time of process " + pid, e);
        }
    }

    private static double seconds(Path statOwner) throws IOException {
        String stat = Files.readString(statOwner.resolve("stat"));
        // fields after the command name in parentheses, which may hold spaces
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS;
    }
}
