package dev.weft.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The server's background thread: it sleeps until woken or until the time its task asked for, is woken only when
 * needed, drains its task once at close (which may be called twice), and survives a round that throws.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class BackgroundLoopTest {
    private static final AtomicInteger NAMES = new AtomicInteger();

    /** A queue worked off by the loop; each round returns {@link #next} (relative) or sleeps until woken. */
    private static final class QueueTask implements BackgroundLoop.Task {
        final ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>();
        final List<String> done = new CopyOnWriteArrayList<>();
        final List<String> drainedOn = new CopyOnWriteArrayList<>();
        final AtomicInteger rounds = new AtomicInteger();
        final AtomicInteger throwing = new AtomicInteger();
        final AtomicLong next = new AtomicLong(BackgroundLoop.NEVER);

        @Override
        public long runDue() {
            rounds.incrementAndGet();
            if (throwing.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new IllegalStateException("a failing round (expected in this test)");
            }
            String s;
            while ((s = queue.poll()) != null) {
                done.add(s);
            }
            long n = next.get();
            return n == BackgroundLoop.NEVER ? n : System.nanoTime() + n;
        }

        @Override
        public boolean arrivedBefore(long wakeAt) {
            return wakeAt == BackgroundLoop.NEVER && !queue.isEmpty();
        }

        @Override
        public void drain() {
            drainedOn.add(Thread.currentThread().getName());
            String s;
            while ((s = queue.poll()) != null) {
                done.add("drained " + s);
            }
        }
    }

    private static String name() {
        return "weft-test-loop-" + NAMES.incrementAndGet();
    }

    private static void await(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(1);
        }
    }

    private static boolean alive(String threadName) {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals(threadName));
    }

    @Test
    void aSleepingLoopRunsOnlyWhenWoken() throws Exception {
        QueueTask task = new QueueTask();
        try (BackgroundLoop loop = new BackgroundLoop(name(), task, 0, Duration.ofSeconds(1))) {
            await("the first round", () -> task.rounds.get() == 1);
            Thread.sleep(50);
            task.queue.add("a"); // queued without a wake-up: the loop sleeps on
            Thread.sleep(200);
            assertEquals(List.of(), task.done);
            assertEquals(1, task.rounds.get());
            loop.wakeIfSleeping();
            await("the woken round", () -> task.done.equals(List.of("a")));
            assertEquals(2, task.rounds.get());
        }
    }

    @Test
    void aTimedLoopIsWokenOnlyForWorkDueBeforeItsOwnWakeUp() throws Exception {
        QueueTask task = new QueueTask();
        task.next.set(TimeUnit.SECONDS.toNanos(20));
        try (BackgroundLoop loop = new BackgroundLoop(name(), task, 0, Duration.ofSeconds(1))) {
            await("the first round", () -> task.rounds.get() == 1);
            loop.wakeIfSleeping(); // it is not sleeping until woken: no effect
            loop.wakeIfBefore(System.nanoTime() + TimeUnit.SECONDS.toNanos(60)); // due after its wake-up: none either
            Thread.sleep(200);
            assertEquals(1, task.rounds.get());
            loop.wakeIfBefore(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(10));
            await("the early round", () -> task.rounds.get() == 2);
        }
    }

    @Test
    void aLoopWakesItselfAtTheTimeItAskedFor() throws Exception {
        QueueTask task = new QueueTask();
        task.next.set(TimeUnit.MILLISECONDS.toNanos(20));
        try (BackgroundLoop loop = new BackgroundLoop(name(), task, 0, Duration.ofSeconds(1))) {
            task.queue.add("x");
            await("a few timed rounds", () -> task.rounds.get() >= 5);
            assertEquals(List.of("x"), task.done);
        }
    }

    @Test
    void closeDrainsOnTheLoopsThreadOnceAndStopsIt() throws Exception {
        QueueTask task = new QueueTask();
        String name = name();
        BackgroundLoop loop = new BackgroundLoop(name, task, 0, Duration.ofSeconds(5));
        await("the first round", () -> task.rounds.get() == 1);
        task.queue.add("left");
        loop.close();
        assertTrue(loop.closed());
        assertEquals(List.of("drained left"), task.done);
        assertEquals(List.of(name), task.drainedOn);
        assertFalse(alive(name), "the thread ended");
        loop.close(); // idempotent: no second drain, no error
        assertEquals(List.of(name), task.drainedOn);
    }

    @Test
    void aRoundThatThrowsDoesNotStopTheLoop() throws Exception {
        QueueTask task = new QueueTask();
        task.throwing.set(3);
        task.queue.add("after the failures");
        try (BackgroundLoop loop = new BackgroundLoop(name(), task, 0, Duration.ofSeconds(1))) {
            await("the rounds after the failing ones", () -> task.done.equals(List.of("after the failures")));
            assertEquals(4, task.rounds.get());
            task.queue.add("later");
            loop.wakeIfSleeping();
            await("a woken round", () -> task.done.size() == 2);
        }
    }
}
