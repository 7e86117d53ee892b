package dev.weft.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What a guest pool thread does with the io jobs Jetty hands over while it completes an exchange, and with a
 * request one of those jobs reads: it runs them itself afterwards, in order, and only those.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class GuestThreadTest {
    /** Runs {@code body} on a new guest thread and waits for it; rethrows what it threw. */
    private static void onGuestThread(ThrowingRunnable body) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        GuestThread t = new GuestThread(() -> {
            try {
                body.run();
                done.complete(null);
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        }, "weft-guest-test", 0);
        t.start();
        done.get(20, TimeUnit.SECONDS);
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Test
    void keepsJobsOnlyWhileCompletingAndRunsThemInOrderAfterwards() throws Exception {
        onGuestThread(() -> {
            GuestThread self = GuestThread.current();
            List<String> ran = new CopyOnWriteArrayList<>();
            assertFalse(self.defer(() -> ran.add("before")), "outside the completion window nothing is kept");
            self.beginDeferring();
            assertTrue(self.defer(() -> ran.add("a")));
            assertTrue(self.defer(() -> {
                throw new IllegalStateException("a failing job");
            }));
            assertTrue(self.defer(() -> {
                Thread.currentThread().interrupt();
                ran.add("b");
            }));
            assertTrue(self.defer(() -> ran.add("c interrupted=" + Thread.currentThread().isInterrupted())));
            self.endDeferring();
            assertFalse(self.defer(() -> ran.add("after")));
            assertEquals(List.of(), ran, "kept jobs wait for runDeferred");
            self.runDeferred();
            assertEquals(List.of("a", "b", "c interrupted=false"), ran,
                    "in order; a job that throws does not stop the others; no interrupt leaks into the next job");
            ran.clear();
            self.runDeferred();
            assertEquals(List.of(), ran, "each job runs once");
        });
    }

    @Test
    void aRequestReadByAKeptJobRunsNextOnTheSameThreadAndItsOwnJobsAfterIt() throws Exception {
        onGuestThread(() -> {
            GuestThread self = GuestThread.current();
            List<String> ran = new CopyOnWriteArrayList<>();
            assertFalse(self.runNext(() -> ran.add("no")), "only a kept job's request runs next");
            self.beginDeferring();
            self.defer(() -> {
                ran.add("resume 1");
                // the job reads the next request; the dispatcher offers it to this thread
                assertTrue(self.runNext(() -> {
                    ran.add("request 2");
                    // that request completes and keeps its own resume job; its runDeferred call returns at once
                    self.beginDeferring();
                    self.defer(() -> ran.add("resume 2"));
                    self.endDeferring();
                    self.runDeferred();
                    ran.add("request 2 done");
                }));
                assertFalse(self.runNext(() -> ran.add("second")), "one request at a time");
            });
            self.endDeferring();
            self.runDeferred();
            assertEquals(List.of("resume 1", "request 2", "request 2 done", "resume 2"), ran);
            assertFalse(self.runNext(() -> ran.add("late")), "nothing is taken once the jobs are done");
        });
    }

    @Test
    void otherThreadsAreNotGuestThreads() {
        assertNull(GuestThread.current());
    }

    @Test
    void ioPoolRunsAGuestThreadsCompletionJobOnThatThreadAndOtherJobsOnItsOwnThreads() throws Exception {
        IoPool pool = new IoPool(4, 1);
        pool.setName("weft-http-test");
        pool.start();
        try {
            CompletableFuture<String> fromOutside = new CompletableFuture<>();
            pool.execute(() -> fromOutside.complete(Thread.currentThread().getName()));
            assertTrue(fromOutside.get(10, TimeUnit.SECONDS).startsWith("weft-http-test"));

            CompletableFuture<String> completionJob = new CompletableFuture<>();
            CompletableFuture<String> duringRequest = new CompletableFuture<>();
            CountDownLatch poolRan = new CountDownLatch(1);
            onGuestThread(() -> {
                GuestThread self = GuestThread.current();
                // while the guest runs (not completing), a job still goes to the pool: the guest may wait for it
                pool.execute(() -> {
                    duringRequest.complete(Thread.currentThread().getName());
                    poolRan.countDown();
                });
                assertTrue(poolRan.await(10, TimeUnit.SECONDS));
                self.beginDeferring();
                pool.execute(() -> completionJob.complete(Thread.currentThread().getName()));
                self.endDeferring();
                assertFalse(completionJob.isDone(), "kept until the request is done");
                self.runDeferred();
            });
            assertTrue(duringRequest.get().startsWith("weft-http-test"));
            assertEquals("weft-guest-test", completionJob.get());
        } finally {
            pool.stop();
        }
    }
}
