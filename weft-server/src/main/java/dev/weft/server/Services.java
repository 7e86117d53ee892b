package dev.weft.server;

import dev.weft.wasi.http.ProxyHandler;

/**
 * What every request of one server shares: the handler, its limits, the bound on computing guests, and the
 * server's helper threads.
 */
record Services(ProxyHandler handler, ServerConfig config, RunSlots runSlots, Deadlines deadlines,
        FlushBehind flushBehind, AccessLog accessLog) {
}
