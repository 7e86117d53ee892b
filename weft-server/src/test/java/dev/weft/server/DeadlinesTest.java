package dev.weft.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The deadline timer: fires on time (also for a deadline earlier than those armed before it), never once disarmed. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class DeadlinesTest {
    @Test
    void aDeadlineFiresAndInterruptsTheArmingThread() throws Exception {
        try (Deadlines deadlines = new Deadlines()) {
            CompletableFuture<String> reason = new CompletableFuture<>();
            long start = System.nanoTime();
            boolean interrupted;
            boolean fired;
            try (Deadlines.Armed armed = deadlines.arm(Duration.ofMillis(100), reason::complete)) {
                try {
                    Thread.sleep(10_000);
                    interrupted = false;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
                fired = armed.fired();
            }
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertTrue(interrupted, "the sleeping thread was interrupted");
            assertTrue(fired);
            assertEquals("deadline of 100 ms exceeded", reason.get(1, TimeUnit.SECONDS));
            assertTrue(ms >= 100 && ms < 5_000, "fired after " + ms + " ms");
            assertFalse(Thread.currentThread().isInterrupted(), "closing the deadline cleared the interrupt");
        }
    }

    @Test
    void aShortDeadlineArmedAfterALongOneFiresOnTime() throws Exception {
        try (Deadlines deadlines = new Deadlines()) {
            CountDownLatch longFired = new CountDownLatch(1);
            try (Deadlines.Armed far = deadlines.arm(Duration.ofSeconds(20), r -> longFired.countDown())) {
                Thread.sleep(50); // the timer now sleeps until the far deadline
                CompletableFuture<Long> firedAfter = new CompletableFuture<>();
                Thread guest = new Thread(() -> {
                    long start = System.nanoTime();
                    try (Deadlines.Armed near = deadlines.arm(Duration.ofMillis(50), r -> { })) {
                        Thread.sleep(10_000);
                        firedAfter.completeExceptionally(new AssertionError("not interrupted"));
                    } catch (InterruptedException e) {
                        firedAfter.complete(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
                    }
                });
                guest.start();
                long ms = firedAfter.get(5, TimeUnit.SECONDS);
                guest.join();
                assertTrue(ms >= 50 && ms < 5_000, "the near deadline fired after " + ms + " ms");
                assertFalse(far.fired());
                assertEquals(1, longFired.getCount());
            }
        }
    }

    @Test
    void disarmedDeadlinesNeverFire() throws Exception {
        int n = 10_000;
        AtomicIntegerArray fired = new AtomicIntegerArray(n);
        boolean[] disarmedLate = new boolean[n];
        try (Deadlines deadlines = new Deadlines()) {
            for (int i = 0; i < n; i++) {
                int index = i;
                Duration deadline = Duration.ofMillis(20 + i % 50);
                long armedAt = System.nanoTime();
                deadlines.arm(deadline, r -> fired.incrementAndGet(index)).close();
                // on a loaded machine this thread can be descheduled past the deadline before it disarms; such a
                // deadline really expired, so only one disarmed in time must never fire
                disarmedLate[i] = System.nanoTime() - armedAt >= deadline.toNanos();
            }
            Thread.sleep(200);
        }
        int late = 0;
        for (int i = 0; i < n; i++) {
            if (disarmedLate[i]) {
                late++;
            } else {
                assertEquals(0, fired.get(i), "deadline " + i + " fired after it was disarmed in time");
            }
        }
        assertTrue(late < n / 10, late + " of " + n + " deadlines were disarmed late: the test could not check them");
        assertFalse(Thread.currentThread().isInterrupted());
    }
}
