package dev.weft.server.load;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** What the process holds: heap after GC, live threads, open file descriptors. */
record Resources(long heapAfterGc, int threads, int fds) {
    static Resources now() {
        return new Resources(measureHeap(), Thread.getAllStackTraces().size(), openFds());
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

    @Override
    public String toString() {
        return "heap " + (heapAfterGc >> 20) + " MiB, " + threads + " threads, " + fds + " fds";
    }
}
