package dev.weft.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The interrupt gate: an interrupt reaches the request's thread at once outside I/O, is held back during I/O and
 * delivered after it, and never after the request is closed.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class InterruptGateTest {
    @AfterEach
    void clear() {
        Thread.interrupted();
    }

    @Test
    void outsideIoTheThreadIsInterruptedAtOnce() {
        InterruptGate gate = InterruptGate.forCurrentThread();
        gate.interrupt();
        assertTrue(Thread.currentThread().isInterrupted());
    }

    @Test
    void duringIoTheInterruptIsHeldAndDeliveredAfterwards() throws Exception {
        InterruptGate gate = InterruptGate.forCurrentThread();
        gate.enterIo();
        Thread other = new Thread(gate::interrupt);
        other.start();
        other.join();
        assertFalse(Thread.currentThread().isInterrupted(), "not during the I/O call");
        assertTrue(gate.holding());
        gate.enterIo(); // nested calls: delivered when the outermost returns
        gate.exitIo();
        assertFalse(Thread.currentThread().isInterrupted());
        gate.exitIo();
        assertTrue(Thread.currentThread().isInterrupted(), "delivered when the call returned");
        assertFalse(gate.holding());
    }

    @Test
    void anInterruptAlreadyDeliveredIsTakenBackForTheIoCall() {
        InterruptGate gate = InterruptGate.forCurrentThread();
        Thread.currentThread().interrupt();
        gate.enterIo();
        assertFalse(Thread.currentThread().isInterrupted());
        gate.exitIo();
        assertTrue(Thread.currentThread().isInterrupted());
    }

    @Test
    void afterCloseNothingIsDeliveredAndADeliveredInterruptIsCleared() {
        InterruptGate gate = InterruptGate.forCurrentThread();
        gate.interrupt();
        gate.close();
        assertFalse(Thread.currentThread().isInterrupted(), "close cleared it");
        gate.interrupt();
        assertFalse(Thread.currentThread().isInterrupted(), "nothing after close");
        InterruptGate held = InterruptGate.forCurrentThread();
        held.enterIo();
        held.interrupt();
        held.close();
        held.exitIo();
        assertFalse(Thread.currentThread().isInterrupted(), "a held interrupt is dropped at close");
    }

    @Test
    void callsFromAnotherThreadAreNotBracketed() throws Exception {
        Thread owner = new Thread(() -> { });
        InterruptGate gate = new InterruptGate(owner);
        Thread.currentThread().interrupt();
        gate.enterIo();
        assertTrue(Thread.currentThread().isInterrupted(), "this thread's own interrupt is left alone");
        gate.exitIo();
        assertFalse(gate.holding());
    }

    @Test
    void aBodyReadOnTheRequestThreadIsNotInterrupted() throws Exception {
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        CompletableFuture<Boolean> interruptedDuringRead = new CompletableFuture<>();
        CompletableFuture<Boolean> interruptedAfterRead = new CompletableFuture<>();
        InterruptGate[] gate = new InterruptGate[1];
        Thread request = new Thread(() -> {
            gate[0] = InterruptGate.forCurrentThread();
            InputStream source = new ByteArrayInputStream(new byte[] {1, 2, 3}) {
                @Override
                public synchronized int read(byte[] b, int off, int len) {
                    reading.countDown();
                    try {
                        interrupted.await(); // stands in for Jetty filling from the socket on this thread
                    } catch (InterruptedException e) {
                        interruptedDuringRead.complete(true);
                        return -1;
                    }
                    interruptedDuringRead.complete(Thread.currentThread().isInterrupted());
                    return super.read(b, off, len);
                }
            };
            try (LimitedBody body = new LimitedBody(() -> source, 100, gate[0])) {
                assertEquals(3, body.read(new byte[8], 0, 8));
                interruptedAfterRead.complete(Thread.currentThread().isInterrupted());
            } catch (Exception e) {
                interruptedAfterRead.completeExceptionally(e);
            }
        });
        request.start();
        reading.await();
        gate[0].interrupt(); // the deadline fires while the request's thread reads the body
        interrupted.countDown();
        assertFalse(interruptedDuringRead.get(5, TimeUnit.SECONDS), "the read was not interrupted");
        assertTrue(interruptedAfterRead.get(5, TimeUnit.SECONDS), "the interrupt came after the read");
        request.join();
    }
}
