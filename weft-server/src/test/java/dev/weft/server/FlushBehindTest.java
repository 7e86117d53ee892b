package dev.weft.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The flush-behind thread: every held response is flushed, never before it is due, a tick of them per wake-up. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class FlushBehindTest {
    @Test
    void flushesEveryEntryNoEarlierThanDueAndManyPerRound() throws Exception {
        int n = 200;
        AtomicLongArray scheduledAt = new AtomicLongArray(n);
        AtomicLongArray flushedAt = new AtomicLongArray(n);
        CountDownLatch all = new CountDownLatch(n);
        try (FlushBehind flush = new FlushBehind()) {
            Thread.sleep(20); // the thread's first round is over
            long rounds0 = flush.rounds();
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                int index = i;
                scheduledAt.set(i, System.nanoTime());
                flush.schedule(() -> {
                    flushedAt.set(index, System.nanoTime());
                    all.countDown();
                });
                // one entry every 100 µs (10 000 requests a second), for 20 ms
                long until = System.nanoTime() + TimeUnit.MICROSECONDS.toNanos(100);
                while (System.nanoTime() < until) {
                    Thread.onSpinWait();
                }
            }
            assertTrue(all.await(10, TimeUnit.SECONDS), "every entry was flushed");
            long rounds = flush.rounds() - rounds0;
            long elapsed = System.nanoTime() - t0;
            for (int i = 0; i < n; i++) {
                long waited = flushedAt.get(i) - scheduledAt.get(i);
                assertTrue(waited >= FlushBehind.DELAY_NANOS, "entry " + i + " flushed after " + waited + " ns");
            }
            // at most one round per tick (one for each entry would be a round every 100 µs)
            long ticks = elapsed / FlushBehind.TICK_NANOS;
            assertTrue(rounds <= ticks + 3, rounds + " rounds for " + n + " entries in " + elapsed / 1000 + " µs");
        }
    }

    @Test
    void anEntryScheduledWhileTheThreadSleepsIsFlushedAndCloseFlushesWhatIsLeft() throws Exception {
        CountDownLatch first = new CountDownLatch(1);
        CountDownLatch second = new CountDownLatch(1);
        FlushBehind flush = new FlushBehind();
        try {
            flush.schedule(first::countDown);
            assertTrue(first.await(5, TimeUnit.SECONDS));
            flush.schedule(second::countDown);
        } finally {
            flush.close(); // due in 1 ms: flushed by the thread or by close's drain
        }
        assertEquals(0, second.getCount(), "flushed at close at the latest");
    }
}
