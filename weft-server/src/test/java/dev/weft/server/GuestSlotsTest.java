package dev.weft.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The inline dispatch's bound: so many run, so many more wait, the rest are refused. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class GuestSlotsTest {
    @Test
    void runsUpToTheLimitQueuesUpToTheQueueAndRefusesTheRest() throws Exception {
        GuestSlots slots = new GuestSlots(2, 1);
        assertTrue(slots.acquire());
        assertTrue(slots.acquire());
        assertEquals(2, slots.running());
        CompletableFuture<Boolean> waiter = CompletableFuture.supplyAsync(slots::acquire);
        Thread.sleep(100);
        assertFalse(waiter.isDone(), "the third waits for a slot");
        assertFalse(slots.acquire(), "the fourth is refused: one waits already");
        slots.release();
        assertTrue(waiter.get(5, TimeUnit.SECONDS), "the waiter got the freed slot");
        assertEquals(2, slots.running());
        slots.release();
        slots.release();
        assertEquals(0, slots.running());
        assertTrue(slots.acquire() && slots.acquire(), "every slot is free again");
    }

    @Test
    void aWaitCutShortByAnInterruptIsRefusedAndFreesItsQueuePlace() throws Exception {
        GuestSlots slots = new GuestSlots(1, 1);
        assertTrue(slots.acquire());
        CompletableFuture<Boolean> result = new CompletableFuture<>();
        Thread waiter = new Thread(() -> result.complete(slots.acquire()));
        waiter.start();
        Thread.sleep(100);
        waiter.interrupt();
        assertFalse(result.get(5, TimeUnit.SECONDS));
        waiter.join();
        CompletableFuture<Boolean> next = CompletableFuture.supplyAsync(slots::acquire);
        Thread.sleep(100);
        assertFalse(next.isDone(), "the queue place is free again: the next one waits instead of being refused");
        slots.release();
        assertTrue(next.get(5, TimeUnit.SECONDS));
        assertEquals(1, slots.running());
    }
}
