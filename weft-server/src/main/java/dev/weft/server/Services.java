package dev.weft.server;

import dev.weft.wasi.http.ProxyHandler;

/** What every request of one server shares: the handler, its limits, and the server's helper threads. */
record Services(ProxyHandler handler, ServerConfig config, Deadlines deadlines, FlushBehind flushBehind,
        AccessLog accessLog) {
}
