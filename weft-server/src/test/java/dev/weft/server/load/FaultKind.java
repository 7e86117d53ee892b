package dev.weft.server.load;

import java.util.Set;

/**
 * One kind of misbehaving request and the outcome the server must give it. {@code statuses}: the statuses the
 * client may see; {@code mayAbort}: whether a cut-off response (an {@link java.io.IOException} in the client, after
 * the status line went out) is also a correct outcome. A guest that fails after it began its response gets a 500
 * when nothing reached the client yet (the server commits the response lazily) and an aborted response otherwise;
 * a 200 received in full is always wrong for these.
 */
enum FaultKind {
    /** js-http-proxy throws before setting the response: 500. */
    TRAP_EARLY("/fail-early", Set.of(500), false),
    /** js-http-proxy returns without setting the response-outparam: 500. */
    NO_RESPONSE("/no-response", Set.of(500), false),
    /** js-http-proxy sends "partial" then throws: aborted (or 500 if nothing was flushed). */
    FAIL_MIDWAY("/fail-midway", Set.of(500), true),
    /** js-http-proxy sends "partial" and returns without finishing the body: aborted. */
    UNFINISHED("/unfinished", Set.of(500), true),
    /** content-length 10, 4 bytes written: aborted. */
    SHORT_BODY("/short-body", Set.of(500), true),
    /** content-length 3, a 4-byte write fails: aborted. */
    LONG_BODY("/long-body", Set.of(500), true),
    /** http-faults spins forever under an engine {@code Limits.timeout}: a DEADLINE trap, 500. */
    ENDLESS_LOOP("/loop", Set.of(500), false),
    /** http-faults spins forever with no engine timeout: the server's request deadline answers 503. */
    NEVER_ANSWERS("/loop-to-server-deadline", Set.of(503), false),
    /** http-faults grows memory until the engine's memory cap makes memory.grow fail, then traps: 500. */
    MEMORY_CAP("/alloc", Set.of(500), false),
    /** a streamed (chunked) request body far over the server's body limit to /echo: 413, or aborted if the
     *  echo already began its response. */
    HUGE_BODY("/echo", Set.of(413), true);

    final String path;
    final Set<Integer> statuses;
    final boolean mayAbort;

    FaultKind(String path, Set<Integer> statuses, boolean mayAbort) {
        this.path = path;
        this.statuses = statuses;
        this.mayAbort = mayAbort;
    }
}
