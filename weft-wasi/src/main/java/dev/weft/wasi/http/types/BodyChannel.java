package dev.weft.wasi.http.types;

import dev.weft.wasi.http.HttpField;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Where an outgoing body's bytes go. Until the request is sent or the response is set, its {@link Target} is not
 * known: writes are buffered (up to {@link #MAX_PENDING} offered through {@code check-write}) and an early finish or
 * abort is remembered; {@link #attach} replays them and from then on everything streams straight through.
 * Used from the guest's thread only.
 */
public final class BodyChannel {
    /** Bytes the guest may write before the body has a target. */
    public static final int MAX_PENDING = 1 << 20;

    /** The receiving end: the HTTP server's response sink or an outbound request's body publisher. */
    public interface Target {
        /** How many bytes {@link #write} takes now without waiting long. */
        long capacity();

        void write(byte[] data) throws IOException;

        void flush() throws IOException;

        /** The body ended normally. */
        void finish(List<HttpField> trailers) throws IOException;

        /** The body cannot be completed. */
        void abort(String reason);
    }

    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private Target target;
    private List<HttpField> finishedWith;
    private String abortedWith;

    /** Connects the body to its receiver and replays what happened so far. */
    public void attach(Target to) throws IOException {
        if (target != null) {
            throw new IllegalStateException("the body is already attached");
        }
        target = to;
        if (abortedWith != null) {
            to.abort(abortedWith);
            return;
        }
        if (pending.size() > 0) {
            byte[] data = pending.toByteArray();
            pending.reset();
            to.write(data);
        }
        if (finishedWith != null) {
            to.finish(finishedWith);
        }
    }

    public boolean isAttached() {
        return target != null;
    }

    public long capacity() {
        return target != null ? target.capacity() : Math.max(0, MAX_PENDING - pending.size());
    }

    public void write(byte[] data) throws IOException {
        if (target != null) {
            target.write(data);
        } else {
            pending.write(data);
        }
    }

    public void flush() throws IOException {
        if (target != null) {
            target.flush();
        }
    }

    public void finish(List<HttpField> trailers) throws IOException {
        finishedWith = List.copyOf(trailers);
        if (target != null) {
            target.finish(finishedWith);
        }
    }

    public void abort(String reason) {
        if (abortedWith != null || finishedWith != null) {
            return;
        }
        abortedWith = reason;
        pending.reset();
        if (target != null) {
            target.abort(reason);
        }
    }

    /** Whether the guest finished the body normally. */
    public boolean isFinished() {
        return finishedWith != null;
    }

    public Optional<String> abortReason() {
        return Optional.ofNullable(abortedWith);
    }
}
