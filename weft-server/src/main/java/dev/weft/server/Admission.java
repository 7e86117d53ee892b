package dev.weft.server;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At most {@link ServerConfig#maxConcurrentRequests()} guests at once, each run on the Jetty thread that parsed its
 * request (no hand-off to another thread: measured at about half the server's CPU per request). A request that finds
 * every slot taken waits in a queue of at most {@link ServerConfig#maxQueuedRequests()}; the thread whose guest
 * finishes first runs it next. Past that the caller answers 503.
 *
 * <p>This is safe because {@link ProxyDispatcher} is a blocking Jetty handler: Jetty never calls it on a thread it
 * needs for selecting, and its thread pool is sized for the guests plus its own threads (see {@link WeftServer}).
 */
final class Admission {
    private static final Logger LOG = LoggerFactory.getLogger(Admission.class);

    private final Semaphore slots;
    private final int maxQueued;
    private final ConcurrentLinkedQueue<Runnable> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicInteger running = new AtomicInteger();

    Admission(int maxConcurrent, int maxQueued) {
        this.slots = new Semaphore(maxConcurrent);
        this.maxQueued = maxQueued;
    }

    /**
     * Runs {@code task} now on this thread (then any queued task, while there is one), or queues it; false when
     * the queue is full (the caller answers 503).
     */
    boolean runOrQueue(Runnable task) {
        if (slots.tryAcquire()) {
            runThenDrain(task);
            return true;
        }
        if (queued.incrementAndGet() > maxQueued) {
            queued.decrementAndGet();
            return false;
        }
        waiting.add(task);
        // every slot may have been released between the tryAcquire and the add: then nobody would run it
        if (slots.tryAcquire()) {
            runThenDrain(null);
        }
        return true;
    }

    /** Guests running now. */
    int running() {
        return running.get();
    }

    /** Drops the queued requests (after the server stopped: their connections are gone). */
    void clear() {
        while (waiting.poll() != null) {
            queued.decrementAndGet();
        }
    }

    /** Holding a slot: runs {@code first} (if any) and then queued tasks until none is left, then frees the slot. */
    private void runThenDrain(Runnable first) {
        Runnable task = first;
        while (true) {
            if (task == null) {
                task = waiting.poll();
                if (task != null) {
                    queued.decrementAndGet();
                }
            }
            if (task == null) {
                slots.release();
                // a task queued after the poll but before the release saw no free slot: take it over
                if (waiting.isEmpty() || !slots.tryAcquire()) {
                    return;
                }
                continue;
            }
            running.incrementAndGet();
            try {
                task.run();
            } catch (RuntimeException | StackOverflowError e) {
                LOG.warn("a request task failed", e); // RequestTask catches the handler's own failures
            } finally {
                running.decrementAndGet();
            }
            task = null;
        }
    }
}
