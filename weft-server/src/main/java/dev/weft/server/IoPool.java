package dev.weft.server;

import java.util.concurrent.ThreadFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Jetty's io thread pool; a job handed to it by a {@link GuestThread} that is completing an exchange is run by that
 * guest thread once its request is done ({@link GuestThread#defer}) instead of waking an io thread: one thread
 * wake-up and park fewer per HTTP/1.1 request answered from the guest pool.
 */
final class IoPool extends QueuedThreadPool {
    IoPool(int maxThreads, int minThreads) {
        super(maxThreads, minThreads);
    }

    IoPool(int maxThreads, int minThreads, ThreadFactory threads) {
        super(maxThreads, minThreads, 60_000, -1, null, null, threads);
    }

    @Override
    public void execute(Runnable job) {
        GuestThread guest = GuestThread.current();
        if (guest != null && guest.defer(job)) {
            return;
        }
        super.execute(job);
    }
}
