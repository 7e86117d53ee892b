package dev.weft.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Guest slots: a task runs on the calling thread when a slot is free, waits in a bounded queue otherwise. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class AdmissionTest {
    @Test
    void runsOnTheCallingThreadQueuesWhenFullAndRefusesPastTheQueue() throws Exception {
        Admission admission = new Admission(1, 1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch running = new CountDownLatch(1);
        List<String> ranOn = new ArrayList<>();
        Thread first = new Thread(() -> admission.runOrQueue(() -> {
            ranOn.add(Thread.currentThread().getName());
            running.countDown();
            await(release);
        }), "first");
        first.start();
        assertTrue(running.await(5, TimeUnit.SECONDS));
        assertEquals(1, admission.running());
        AtomicInteger queuedRan = new AtomicInteger();
        assertTrue(admission.runOrQueue(queuedRan::incrementAndGet), "one request may wait");
        assertEquals(0, queuedRan.get(), "it waits while the slot is taken");
        assertFalse(admission.runOrQueue(() -> { }), "the queue is full: the caller answers 503");
        release.countDown();
        first.join(5000);
        assertEquals(List.of("first"), ranOn);
        assertEquals(1, queuedRan.get(), "the thread that freed the slot ran the queued request");
        assertEquals(0, admission.running());
        AtomicInteger later = new AtomicInteger();
        assertTrue(admission.runOrQueue(later::incrementAndGet));
        assertEquals(1, later.get(), "a free slot runs the task at once");
    }

    @Test
    void neverRunsMoreThanTheLimitAndRunsEveryAcceptedTask() throws Exception {
        int limit = 3;
        Admission admission = new Admission(limit, 10_000);
        AtomicInteger now = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger accepted = new AtomicInteger();
        List<Thread> callers = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            Thread caller = new Thread(() -> {
                for (int i = 0; i < 500; i++) {
                    if (admission.runOrQueue(() -> {
                        most.accumulateAndGet(now.incrementAndGet(), Math::max);
                        Thread.onSpinWait();
                        now.decrementAndGet();
                        done.incrementAndGet();
                    })) {
                        accepted.incrementAndGet();
                    }
                }
            });
            callers.add(caller);
            caller.start();
        }
        for (Thread caller : callers) {
            caller.join();
        }
        assertTrue(most.get() <= limit, "at most " + limit + " at once, saw " + most.get());
        assertEquals(accepted.get(), done.get(), "every accepted task ran");
        assertEquals(0, admission.running());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
