package dev.weft.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.wasi.io.Blocking;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@link RunSlots} on its own: the bound, the hand-over at host waits, the forfeit rule, interrupts. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RunSlotsTest {
    /** Long enough that the watchdog never forfeits during a test that is not about it. */
    private static final Duration NO_FORFEIT = Duration.ofMinutes(10);

    @Test
    void neverMoreHoldersThanTheBound() throws Exception {
        try (RunSlots slots = new RunSlots(3, NO_FORFEIT)) {
            AtomicInteger inside = new AtomicInteger();
            AtomicInteger most = new AtomicInteger();
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 12; t++) {
                threads.add(Thread.ofPlatform().start(() -> {
                    for (int i = 0; i < 200; i++) {
                        RunSlots.Runner r = slots.runner();
                        assertTrue(r.take());
                        int now = inside.incrementAndGet();
                        most.accumulateAndGet(now, Math::max);
                        Thread.onSpinWait();
                        inside.decrementAndGet();
                        r.give();
                    }
                }));
            }
            for (Thread t : threads) {
                t.join();
            }
            assertTrue(most.get() <= 3, "at most 3 at once, saw " + most.get());
            assertEquals(0, slots.held());
            assertEquals(0, slots.forfeits());
        }
    }

    @Test
    void aHostWaitGivesTheSlotToAnotherGuestAndTakesOneAgainAfter() throws Exception {
        try (RunSlots slots = new RunSlots(1, NO_FORFEIT)) {
            RunSlots.Runner waiter = slots.runner();
            assertTrue(waiter.take());
            assertEquals(1, slots.held());
            CountDownLatch otherRan = new CountDownLatch(1);
            AtomicBoolean tookBackWhileOtherHeld = new AtomicBoolean();
            CountDownLatch otherHolds = new CountDownLatch(1);
            CountDownLatch otherMayGo = new CountDownLatch(1);
            try (Blocking.Installed hook = Blocking.install(waiter)) {
                Blocking.enter(); // the host is about to wait: the slot is free now
                assertEquals(0, slots.held());
                Thread other = Thread.ofPlatform().start(() -> {
                    RunSlots.Runner r = slots.runner();
                    assertTrue(r.take());
                    otherHolds.countDown();
                    otherRan.countDown();
                    try {
                        otherMayGo.await();
                    } catch (InterruptedException e) {
                        throw new AssertionError(e);
                    }
                    r.give();
                });
                assertTrue(otherRan.await(10, TimeUnit.SECONDS), "another guest ran while this one waited");
                otherHolds.await();
                Thread release = Thread.ofPlatform().start(() -> {
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                    tookBackWhileOtherHeld.set(slots.held() == 1 && !waiter.holding());
                    otherMayGo.countDown();
                });
                long t0 = System.nanoTime();
                Blocking.exit(); // takes a slot again: waits until the other guest gave its up
                long waitedMs = (System.nanoTime() - t0) / 1_000_000;
                assertTrue(waitedMs >= 90, "waited for the other guest's slot, " + waitedMs + " ms");
                assertTrue(waiter.holding());
                release.join();
                other.join();
            }
            assertTrue(tookBackWhileOtherHeld.get(), "the slot was not taken back while the other guest held it");
            assertFalse(Blocking.hooked());
            waiter.give();
            assertEquals(0, slots.held());
        }
    }

    @Test
    void nestedWaitsReachTheHookOnce() {
        AtomicInteger before = new AtomicInteger();
        AtomicInteger after = new AtomicInteger();
        try (Blocking.Installed hook = Blocking.install(new Blocking.Hook() {
            @Override
            public void beforeWait() {
                before.incrementAndGet();
            }

            @Override
            public void afterWait() {
                after.incrementAndGet();
            }
        })) {
            Blocking.run(() -> Blocking.run(() -> assertEquals(1, before.get())));
            assertEquals(1, after.get());
            assertThrows(IllegalStateException.class, () -> Blocking.run(() -> {
                throw new IllegalStateException("the wait failed");
            }));
            assertEquals(2, before.get());
            assertEquals(2, after.get(), "the slot is taken back also when the wait throws");
        }
        Blocking.run(() -> { }); // no hook: nothing happens
        assertEquals(2, before.get());
    }

    @Test
    void aGuestComputingPastTheSliceForfeitsItsSlotOnce() throws Exception {
        try (RunSlots slots = new RunSlots(1, Duration.ofMillis(20))) {
            AtomicBoolean stop = new AtomicBoolean();
            CountDownLatch holds = new CountDownLatch(1);
            RunSlots.Runner[] loopingRunner = new RunSlots.Runner[1];
            Thread loop = Thread.ofPlatform().start(() -> {
                RunSlots.Runner r = slots.runner();
                loopingRunner[0] = r;
                assertTrue(r.take());
                holds.countDown();
                while (!stop.get()) {
                    Thread.onSpinWait(); // computes: its CPU time grows
                }
                r.give();
            });
            holds.await();
            RunSlots.Runner looping = loopingRunner[0];
            long t0 = System.nanoTime();
            RunSlots.Runner shortOne = slots.runner();
            assertTrue(shortOne.take(), "a second guest gets the slot once the first one's slice is over");
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(ms >= 15 && ms < 5_000, "after about one slice (20 ms), took " + ms + " ms");
            assertTrue(slots.forfeits() >= 1);
            assertFalse(looping.holding());
            assertTrue(shortOne.holding() || slots.forfeits() >= 2);
            stop.set(true);
            loop.join(); // forfeited: gives nothing back
            assertTrue(slots.held() <= 1 && slots.held() >= 0, "held " + slots.held());
            shortOne.give();
            assertEquals(0, slots.held(), "each permit released exactly once");
        }
    }

    @Test
    void aGuestThatIsStalledButNotComputingKeepsItsSlotForAFewSlices() throws Exception {
        // as in a garbage-collection pause or when other processes have the cores: wall time passes, CPU time not
        try (RunSlots slots = new RunSlots(1, Duration.ofMillis(20))) {
            RunSlots.Runner stalled = slots.runner();
            assertTrue(stalled.take());
            Thread.sleep(60); // not bracketed by Blocking: the slot stays with this thread for a while
            assertEquals(0, slots.forfeits(), "no forfeit for a thread that did not compute for 3 slices");
            assertTrue(stalled.holding());
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (slots.forfeits() == 0 && System.nanoTime() < until) {
                Thread.sleep(5);
            }
            assertEquals(1, slots.forfeits(), "after " + SlotHolds.STALLED_SLICES + " slices it is not a pause");
            assertFalse(stalled.holding());
            stalled.give();
            assertEquals(0, slots.held());
        }
    }

    @Test
    void releasesRacingTheWatchdogReleaseEachPermitOnce() throws Exception {
        // a slice of 1 ms: the watchdog forfeits while the holders give their slots back themselves
        try (RunSlots slots = new RunSlots(2, Duration.ofMillis(1))) {
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                threads.add(Thread.ofPlatform().start(() -> {
                    for (int i = 0; i < 300; i++) {
                        RunSlots.Runner r = slots.runner();
                        assertTrue(r.take());
                        long until = System.nanoTime() + (i % 3) * 2_000_000L;
                        while (System.nanoTime() < until) {
                            Thread.onSpinWait();
                        }
                        r.give();
                    }
                }));
            }
            for (Thread t : threads) {
                t.join();
            }
            assertTrue(slots.forfeits() > 0, "the watchdog forfeited some slots meanwhile");
            assertEquals(0, slots.held(), "no permit lost or released twice");
            // exactly two slots: two take at once, a third waits
            RunSlots.Runner a = slots.runner();
            RunSlots.Runner b = slots.runner();
            assertTrue(a.take());
            assertTrue(b.take());
            assertEquals(2, slots.held());
            a.give();
            b.give();
        }
    }

    @Test
    void anInterruptedWaitForASlotReturnsWithoutOne() throws Exception {
        try (RunSlots slots = new RunSlots(1, NO_FORFEIT)) {
            RunSlots.Runner holder = slots.runner();
            assertTrue(holder.take());
            AtomicBoolean took = new AtomicBoolean(true);
            AtomicBoolean stillInterrupted = new AtomicBoolean();
            Thread waiting = Thread.ofPlatform().start(() -> {
                took.set(slots.runner().take());
                stillInterrupted.set(Thread.currentThread().isInterrupted());
            });
            while (waiting.getState() != Thread.State.WAITING) {
                Thread.sleep(1);
            }
            waiting.interrupt();
            waiting.join(10_000);
            assertFalse(took.get());
            assertTrue(stillInterrupted.get(), "the interrupt stays set, so the guest unwinds");

            // after a host wait, an interrupted thread does not wait for a slot either
            AtomicBoolean holdsAfter = new AtomicBoolean(true);
            Thread guest = Thread.ofPlatform().start(() -> {
                RunSlots.Runner r = slots.runner();
                try (Blocking.Installed hook = Blocking.install(r)) {
                    Blocking.enter();
                    Thread.currentThread().interrupt(); // a deadline fired while the host waited
                    Blocking.exit();
                }
                holdsAfter.set(r.holding());
                r.give();
            });
            guest.join(10_000);
            assertFalse(guest.isAlive(), "the interrupted guest did not wait for the held slot");
            assertFalse(holdsAfter.get());
            holder.give();
            assertEquals(0, slots.held());
        }
    }

    @Test
    void badBoundsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RunSlots(0, NO_FORFEIT));
        assertThrows(IllegalArgumentException.class, () -> new RunSlots(1, Duration.ZERO));
    }

    private static RunSlots.Queued queued(Runnable run, Runnable refuse) {
        return new RunSlots.Queued() {
            @Override
            public void run() {
                run.run();
            }

            @Override
            public void refuse() {
                refuse.run();
            }
        };
    }

    @Test
    void queuedRequestsRunOneAtATimeOnTheThreadThatFinishedThePreviousOne() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (RunSlots slots = new RunSlots(1, NO_FORFEIT)) {
            slots.runOn(pool, 10);
            RunSlots.Runner holder = slots.runner();
            assertTrue(holder.take());
            List<String> ranOn = java.util.Collections.synchronizedList(new ArrayList<>());
            AtomicInteger inside = new AtomicInteger();
            AtomicInteger most = new AtomicInteger();
            CountDownLatch done = new CountDownLatch(5);
            for (int i = 0; i < 5; i++) {
                slots.dispatch(queued(() -> {
                    RunSlots.Runner r = slots.runner();
                    assertTrue(r.take());
                    most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                    long until = System.nanoTime() + 2_000_000;
                    while (System.nanoTime() < until) {
                        Thread.onSpinWait();
                    }
                    inside.decrementAndGet();
                    ranOn.add(Thread.currentThread().getName());
                    r.give();
                    done.countDown();
                }, () -> {
                    throw new AssertionError("refused");
                }));
            }
            assertEquals(5, slots.queued(), "no slot free: all five wait, without a thread");
            assertEquals(5, done.getCount(), "none ran yet");
            holder.give(); // the slot goes to the first queued request, whose thread then runs the others
            assertTrue(done.await(30, TimeUnit.SECONDS));
            assertEquals(1, most.get(), "one at a time");
            assertEquals(1, new java.util.HashSet<>(ranOn).size(), "all on the thread that got the slot: " + ranOn);
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (slots.held() != 0 && System.nanoTime() < until) {
                Thread.sleep(1);
            }
            assertEquals(0, slots.held(), "the slot is released when the queue is empty");
            assertEquals(0, slots.queued());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFullQueueRefusesAndClosingRefusesWhatStillWaits() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger ran = new AtomicInteger();
        try {
            RunSlots slots = new RunSlots(1, NO_FORFEIT);
            slots.runOn(pool, 2);
            RunSlots.Runner holder = slots.runner();
            assertTrue(holder.take());
            for (int i = 0; i < 3; i++) {
                slots.dispatch(queued(ran::incrementAndGet, refused::incrementAndGet));
            }
            assertEquals(1, refused.get(), "two may wait, the third is refused at once");
            slots.close();
            assertEquals(3, refused.get(), "closing refuses the two that waited");
            assertEquals(0, ran.get());
            holder.give();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aGuestBackFromAHostWaitGoesBeforeQueuedRequests() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (RunSlots slots = new RunSlots(1, NO_FORFEIT)) {
            slots.runOn(pool, 10);
            RunSlots.Runner holder = slots.runner();
            assertTrue(holder.take());
            List<String> order = java.util.Collections.synchronizedList(new ArrayList<>());
            Thread back = Thread.ofPlatform().start(() -> {
                RunSlots.Runner r = slots.runner();
                try (Blocking.Installed hook = Blocking.install(r)) {
                    Blocking.enter();
                    Blocking.exit(); // wants a slot again: the holder has it
                    order.add("back");
                }
                r.give();
            });
            while (back.getState() != Thread.State.WAITING) {
                Thread.sleep(1);
            }
            CountDownLatch queuedRan = new CountDownLatch(1);
            slots.dispatch(queued(() -> {
                RunSlots.Runner r = slots.runner();
                assertTrue(r.take());
                order.add("queued");
                r.give();
                queuedRan.countDown();
            }, () -> order.add("refused")));
            holder.give();
            assertTrue(queuedRan.await(30, TimeUnit.SECONDS));
            back.join(10_000);
            assertEquals(List.of("back", "queued"), order);
        } finally {
            pool.shutdownNow();
        }
    }
}
