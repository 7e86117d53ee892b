package dev.weft.server;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One SLF4J line per request on logger {@code dev.weft.server.access}:
 * {@code METHOD path status bytes duration outcome}, e.g. {@code GET /hi 200 5B 1.2ms ok}.
 */
final class AccessLog {
    private static final Logger LOG = LoggerFactory.getLogger("dev.weft.server.access");

    private AccessLog() {
    }

    static void log(String method, String path, int status, long bytes, long nanos, String outcome) {
        if (LOG.isInfoEnabled()) {
            LOG.info("{} {} {} {}B {}ms {}", method, path, status, bytes, millis(nanos), outcome);
        }
    }

    /** {@code nanos} in milliseconds with one decimal, e.g. {@code 1.2} (String.format costs more than the rest). */
    static String millis(long nanos) {
        long tenths = Math.round(nanos / 1e5);
        return (tenths / 10) + "." + (tenths % 10);
    }
}
