package dev.weft.server;

import dev.weft.wasi.http.HttpField;
import dev.weft.wasi.http.HttpResponseSink;
import dev.weft.wasi.io.Blocking;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.FutureCallback;
import org.eclipse.jetty.server.Response;

/**
 * Writes a guest's response to a Jetty response as the guest produces it. Status and headers are set at
 * {@link #begin}; the first body bytes are held back briefly: a response the guest ends while they are still held
 * (up to {@link #HOLD_BYTES}) goes out as one write with a Content-Length, the common case of a handler that writes
 * its whole body and finishes. Otherwise the held bytes go out {@link FlushBehind#DELAY_NANOS} (up to
 * {@link FlushBehind#TICK_NANOS} more) after the first write or flush, or as soon as more than {@link #HOLD_BYTES} are written, and from then on every write goes straight to the
 * connection (chunked on HTTP/1.1, no whole-body buffer), so a streaming response reaches the client piece by piece.
 * Trailers go out at {@link #end} when the protocol carries them (HTTP/1.1 chunked, HTTP/2). The deadline timer may
 * {@link #expire} it from another thread.
 */
final class JettyResponseSink implements HttpResponseSink, Deadlines.Expiry, FlushBehind.Held {
    /** Connection-level fields that a guest may not set on a response (RFC 9110 §7.6.1); dropped. */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-connection",
            "transfer-encoding", "upgrade", "te", "trailer");
    /** Body bytes held back before the response is committed. */
    static final int HOLD_BYTES = 16 * 1024;

    /**
     * NEW: not begun; HOLDING: begun, nothing committed, body bytes held; STREAMING: committed, writes go through;
     * ENDING: the last write is under way; ENDED; FAILED: aborted or past its deadline.
     */
    private enum State { NEW, HOLDING, STREAMING, ENDING, ENDED, FAILED }

    private final Response response;
    private final Completion completion;
    private final LimitedBody requestBody;
    private final FlushBehind flushBehind;
    private final boolean head;
    private final InterruptGate gate;
    private State state = State.NEW;
    private BodyStream out;
    private int status;
    private byte[] held;
    private int heldLength;
    private boolean flushScheduled;
    private boolean guestLength;
    private long count;
    /** The flush-behind thread's write of the held bytes, which the guest's next write waits for. */
    private FutureCallback pending;
    private volatile HttpFields trailers;

    /**
     * {@code gate}: the request thread's interrupt gate; every write and wait on the connection from the guest's
     * thread goes through it.
     */
    JettyResponseSink(Response response, Completion completion, LimitedBody requestBody, FlushBehind flushBehind,
            boolean head, InterruptGate gate) {
        this.gate = gate;
        this.response = response;
        this.completion = completion;
        this.requestBody = requestBody;
        this.flushBehind = flushBehind;
        this.head = head;
    }

    @Override
    public synchronized OutputStream begin(int status, List<HttpField> headers) throws IOException {
        if (state != State.NEW) {
            throw new IOException("response already " + describe(state) + "; begin may be called once");
        }
        if (requestBody.exceeded()) {
            throw new IOException("the request body went over the size limit; the server answers 413");
        }
        if (status < 100 || status > 999) {
            throw new IOException("response status " + status + " is not a 3-digit HTTP status");
        }
        response.setStatus(status);
        HttpFields.Mutable fields = response.getHeaders();
        for (HttpField field : headers) {
            String name = field.name().toLowerCase(Locale.ROOT);
            if (!HOP_BY_HOP.contains(name)) {
                fields.add(name, field.valueAsString());
            }
        }
        guestLength = fields.contains(HttpHeader.CONTENT_LENGTH);
        this.status = status;
        this.out = new BodyStream();
        state = State.HOLDING;
        return out;
    }

    @Override
    public void end(List<HttpField> trailers) throws IOException {
        ByteBuffer last;
        FutureCallback before;
        synchronized (this) {
            if (state != State.HOLDING && state != State.STREAMING) {
                throw new IOException("cannot end a response that is " + describe(state));
            }
            if (!trailers.isEmpty()) {
                HttpFields.Mutable fields = HttpFields.build();
                for (HttpField field : trailers) {
                    fields.add(field.name().toLowerCase(Locale.ROOT), field.valueAsString());
                }
                this.trailers = fields;
            }
            if (state == State.HOLDING) {
                // nothing on the wire yet: the whole body is held, so it goes out in one piece
                if (!guestLength && !trailers.isEmpty()) {
                    response.setTrailersSupplier(() -> this.trailers);
                } else if (!guestLength && !head && hasBody(status)) {
                    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, (long) heldLength);
                }
            }
            last = takeHeld();
            before = pending;
            state = State.ENDING;
        }
        // the last write (and trailers) blocks until sent, outside the lock so expire can run meanwhile
        await(before);
        write(true, last);
        synchronized (this) {
            if (state == State.ENDING) {
                state = State.ENDED;
            }
        }
    }

    /**
     * Aborts the exchange once the response has begun. Before {@link #begin} it does nothing: the server then
     * answers with an error status itself (413, 500) when the handler returns.
     */
    @Override
    public void abort(String reason) {
        synchronized (this) {
            if (state != State.HOLDING && state != State.STREAMING && state != State.ENDING) {
                return;
            }
            state = State.FAILED;
            takeHeld();
        }
        completion.abort(reason);
    }

    /**
     * The deadline passed: a 503 if nothing is on the wire yet (even when the guest has begun a response that
     * Jetty has not committed, or whose body is still held back), else the exchange is aborted.
     */
    @Override
    public void expire(String reason) {
        synchronized (this) {
            if (state == State.ENDED || state == State.FAILED) {
                return;
            }
            state = State.FAILED;
            takeHeld();
        }
        if (!response.isCommitted()) {
            completion.error(503, reason);
        } else {
            completion.abort(reason);
        }
    }

    /**
     * Called by {@link FlushBehind}: sends the held bytes if the response is still held back, without blocking
     * (the guest's next write waits for this one).
     */
    @Override
    public void flushBehind() {
        ByteBuffer data;
        FutureCallback callback;
        synchronized (this) {
            if (state != State.HOLDING) {
                return;
            }
            data = commitHeld();
            callback = new FutureCallback();
            pending = callback;
        }
        try {
            response.write(false, data, callback);
        } catch (RuntimeException e) {
            callback.failed(e);
        }
    }

    /** True once {@link #begin} succeeded: status and headers are (being) sent. */
    synchronized boolean started() {
        return out != null;
    }

    synchronized boolean ended() {
        return state == State.ENDED;
    }

    synchronized int status() {
        return status;
    }

    /** Body bytes the guest wrote. */
    synchronized long bodyBytes() {
        return count;
    }

    private void bodyWrite(byte[] b, int off, int len) throws IOException {
        ByteBuffer heldBefore = null;
        FutureCallback before;
        synchronized (this) {
            switch (state) {
                case HOLDING -> {
                    count += len;
                    if (heldLength + len <= HOLD_BYTES) {
                        hold(b, off, len);
                        scheduleFlush();
                        return;
                    }
                    heldBefore = commitHeld(); // then this write goes straight through, not copied
                }
                case STREAMING -> count += len;
                case NEW, ENDING, ENDED, FAILED ->
                        throw new IOException("cannot write to a response that is " + describe(state));
                default -> throw new IllegalStateException(state.name());
            }
            before = pending;
        }
        await(before);
        if (heldBefore != null && heldBefore.hasRemaining()) {
            write(false, heldBefore);
        }
        write(false, ByteBuffer.wrap(b, off, len));
    }

    private synchronized void bodyFlush() {
        if (state == State.HOLDING) {
            scheduleFlush();
        }
    }

    /** The response goes chunked (unless the guest gave a Content-Length) from here on; returns the held bytes. */
    private ByteBuffer commitHeld() {
        if (!guestLength) {
            // Jetty takes the trailer supplier when it commits the head, so it is set now and filled at end()
            response.setTrailersSupplier(() -> trailers);
        }
        state = State.STREAMING;
        return takeHeld();
    }

    private void scheduleFlush() {
        if (!flushScheduled) {
            flushScheduled = true;
            flushBehind.schedule(this);
        }
    }

    private void hold(byte[] b, int off, int len) {
        if (held == null) {
            held = new byte[Math.max(len, 512)];
        } else if (heldLength + len > held.length) {
            held = Arrays.copyOf(held, Math.max(heldLength + len, held.length * 2));
        }
        System.arraycopy(b, off, held, heldLength, len);
        heldLength += len;
    }

    private ByteBuffer takeHeld() {
        ByteBuffer data = held == null ? BufferUtil.EMPTY_BUFFER : ByteBuffer.wrap(held, 0, heldLength);
        held = null;
        heldLength = 0;
        return data;
    }

    /**
     * A blocking write on the guest's thread (NIO may write on this thread: no interrupt meanwhile). A write that
     * is not done when {@code response.write} returns waits for the client: the guest's run slot is given up
     * meanwhile ({@link Blocking}) and taken again after the gate delivered a held interrupt, so an interrupted
     * guest does not wait for a slot.
     */
    private void write(boolean last, ByteBuffer data) throws IOException {
        FutureCallback callback = new FutureCallback();
        boolean waited = false;
        gate.enterIo();
        try {
            response.write(last, data, callback);
            if (!callback.isDone()) {
                waited = true;
                Blocking.enter();
            }
            callback.block();
        } finally {
            gate.exitIo();
            if (waited) {
                Blocking.exit();
            }
        }
    }

    private void await(FutureCallback pending) throws IOException {
        if (pending != null) {
            boolean waited = false;
            gate.enterIo();
            try {
                if (!pending.isDone()) {
                    waited = true;
                    Blocking.enter();
                }
                pending.block();
            } finally {
                gate.exitIo();
                if (waited) {
                    Blocking.exit();
                }
            }
        }
    }

    /** Statuses whose responses carry no body (RFC 9110 §6.4.1), so no Content-Length is added. */
    private static boolean hasBody(int status) {
        return status >= 200 && status != 204 && status != 304;
    }

    private static String describe(State state) {
        return switch (state) {
            case NEW -> "not begun";
            case HOLDING, STREAMING -> "begun";
            case ENDING, ENDED -> "ended";
            case FAILED -> "failed (aborted or past its deadline)";
        };
    }

    /** The body stream handed to the guest. */
    private final class BodyStream extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            bodyWrite(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            java.util.Objects.checkFromIndexSize(off, len, b.length);
            if (len > 0) {
                bodyWrite(b, off, len);
            }
        }

        @Override
        public void flush() {
            bodyFlush();
        }

        @Override
        public void close() throws IOException {
            // the body ends with HttpResponseSink.end; closing the stream alone sends what is held
            bodyFlush();
        }
    }
}
