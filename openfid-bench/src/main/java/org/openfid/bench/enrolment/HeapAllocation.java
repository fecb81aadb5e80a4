package org.openfid.bench.enrolment;

import com.sun.management.ThreadMXBean;
import com.sun.tools.attach.VirtualMachine;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * Heap bytes the platform process allocated, in total and per thread group, read from the child's
 * own {@code ThreadMXBean} through the JDK's attach API and its local management agent (no option
 * on the child's command line, nothing in the product). The garbage collector's CPU follows
 * allocation, so these figures are what lets the benchmark charge the collector's time to the work
 * that caused it instead of to whatever runs beside it.
 *
 * @param totalBytes bytes allocated by every thread since the JVM started, ended threads included
 * @param threads bytes per live thread id, with its name
 */
record HeapAllocation(long totalBytes, Map<Long, Named> threads) {

    /** One thread's name and allocated bytes. */
    record Named(String name, long bytes) {}

    /** A connection to a running JVM's thread accounting. */
    static final class Probe implements AutoCloseable {
        private final JMXConnector connector;
        private final ThreadMXBean threads;

        private Probe(JMXConnector connector, ThreadMXBean threads) {
            this.connector = connector;
            this.threads = threads;
        }

        /** Attaches to {@code pid} and starts (or finds) its local management agent. */
        static Probe attach(long pid) throws IOException {
            String address;
            try {
                VirtualMachine vm = VirtualMachine.attach(Long.toString(pid));
                try {
                    address = vm.startLocalManagementAgent();
                } finally {
                    vm.detach();
                }
            } catch (com.sun.tools.attach.AttachNotSupportedException e) {
                throw new IOException("Cannot attach to process " + pid, e);
            }
            JMXConnector connector = JMXConnectorFactory.connect(new JMXServiceURL(address));
            ThreadMXBean bean = ManagementFactory.newPlatformMXBeanProxy(
                    connector.getMBeanServerConnection(), ManagementFactory.THREAD_MXBEAN_NAME, ThreadMXBean.class);
            return new Probe(connector, bean);
        }

        /** The process's allocation now. */
        HeapAllocation snapshot() {
            long[] ids = threads.getAllThreadIds();
            long[] bytes = threads.getThreadAllocatedBytes(ids);
            ThreadInfo[] infos = threads.getThreadInfo(ids);
            Map<Long, Named> named = new LinkedHashMap<>();
            for (int i = 0; i < ids.length; i++) {
                if (infos[i] != null && bytes[i] >= 0) {
                    named.put(ids[i], new Named(infos[i].getThreadName(), bytes[i]));
                }
            }
            return new HeapAllocation(threads.getTotalThreadAllocatedBytes(), named);
        }

        @Override
        public void close() throws IOException {
            connector.close();
        }
    }

    /**
     * Bytes allocated between {@code before} and this snapshot, by the thread groups of {@link
     * ProcessCpu#group}, with what threads that ended or were never listed (virtual threads) allocated
     * as its own group.
     */
    Map<String, Long> since(HeapAllocation before) {
        Map<String, Long> groups = new LinkedHashMap<>();
        long accounted = 0;
        for (var entry : threads.entrySet()) {
            Named earlier = before.threads.get(entry.getKey());
            long spent = entry.getValue().bytes() - (earlier == null ? 0 : earlier.bytes());
            groups.merge(ProcessCpu.group(entry.getValue().name()), spent, Long::sum);
            accounted += spent;
        }
        groups.put(UNLISTED, Math.max(0, totalBytes - before.totalBytes - accounted));
        return groups;
    }

    /** The group of allocations by threads no snapshot listed: ended threads and virtual threads. */
    static final String UNLISTED = "ended and virtual threads";

    HeapAllocation {
        threads = Map.copyOf(Objects.requireNonNull(threads));
    }
}
