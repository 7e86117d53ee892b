package dev.weft.server;

/**
 * Jetty's own threads (the guests run on their own pool): the io pool's size and reserved threads, and the
 * connector's acceptor and selector counts. Each can be overridden with a system property of the same name in
 * lower case ({@code -Dweft.server.io.max=16}) to measure another setting; bench/README.md ("Tail latency") has the
 * measurements behind the defaults.
 */
final class IoThreads {
    /** Most io threads. */
    static final int MAX = Integer.getInteger("weft.server.io.max", 32);
    /** Io threads kept when idle. */
    static final int MIN = Integer.getInteger("weft.server.io.min", 4);
    /** Threads Jetty keeps parked to take over selecting while another runs a task; -1 lets Jetty choose. */
    static final int RESERVED = Integer.getInteger("weft.server.io.reserved", -1);
    /** Acceptor threads (0: the selector accepts). */
    static final int ACCEPTORS = Integer.getInteger("weft.server.io.acceptors", 1);
    /** Selector threads. */
    static final int SELECTORS = Integer.getInteger("weft.server.io.selectors", 1);

    private IoThreads() {
    }
}
