package dev.weft.server.load;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** What the process holds: heap after GC, live threads, open file descriptors. */
record Resources(long heapAfterGc, int threads, int fds, List<String> threadNames) {
    static Resources now() {
        long heap = measureHeap();
        Set<Thread> threads = Thread.getAllStackTraces().keySet();
        List<String> names = new ArrayList<>();
        threads.forEach(t -> names.add(t.getName()));
        return new Resources(heap, threads.size(), openFds(), names);
    }

    /**
     * Names of threads alive now that were not in {@code earlier} (as a multiset: a second thread of a name counts),
     * without the JDK's virtual-thread scheduler (ForkJoinPool carriers, VirtualThread-unblocker), which the load
     * generator itself starts and the JDK keeps, and without {@code allowed} (one thread per entry).
     */
    List<String> newThreadsSince(Resources earlier, String... allowed) {
        List<String> added = new ArrayList<>(threadNames);
        earlier.threadNames.forEach(added::remove);
        List.of(allowed).forEach(added::remove);
        added.removeIf(n -> n.startsWith("ForkJoinPool-") || n.equals("VirtualThread-unblocker"));
        added.sort(null);
        return added;
    }

    static long measureHeap() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    /** Entries of /proc/self/fd (-1 where there is no procfs). */
    static int openFds() {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return (int) fds.count();
        } catch (IOException e) {
            return -1;
        }
    }

    /** Guest threads of the server that are running (not parked waiting for work). */
    static long busyGuestThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("weft-guest-") && t.getState() == Thread.State.RUNNABLE).count();
    }

    /** Stack traces of the live threads named in {@code names}, for a leak report. */
    static String stacksOf(Collection<String> names) {
        StringBuilder sb = new StringBuilder();
        Thread.getAllStackTraces().forEach((t, stack) -> {
            if (names.contains(t.getName())) {
                sb.append("\n  thread ").append(t.getName()).append(" (").append(t.getState()).append(')');
                for (StackTraceElement e : stack) {
                    sb.append("\n    at ").append(e);
                }
            }
        });
        return sb.toString();
    }

    @Override
    public String toString() {
        return "heap " + (heapAfterGc >> 20) + " MiB, " + threads + " threads, " + fds + " fds";
    }
}
