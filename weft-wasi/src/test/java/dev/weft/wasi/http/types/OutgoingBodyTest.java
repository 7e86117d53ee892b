package dev.weft.wasi.http.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.wasi.http.HttpField;
import dev.weft.wasi.io.HostOutputStream;
import dev.weft.wasi.io.StreamException;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Outgoing bodies against {@code content-length} (Wasmtime: writing past it fails the write, finishing short fails
 * the finish, both with the body-size error and the byte count) and buffering before the body has a target.
 */
class OutgoingBodyTest {
    /** A target that records what reaches it. */
    static final class Recorder implements BodyChannel.Target {
        final ByteArrayOutputStream data = new ByteArrayOutputStream();
        final List<String> events = new ArrayList<>();

        @Override
        public long capacity() {
            return 1024;
        }

        @Override
        public void write(byte[] bytes) {
            events.add("write " + bytes.length);
            data.writeBytes(bytes);
        }

        @Override
        public void flush() {
        }

        @Override
        public void finish(List<HttpField> trailers) {
            events.add("finish " + trailers.size());
        }

        @Override
        public void abort(String reason) {
            events.add("abort");
        }
    }

    @Test
    void writingPastContentLengthFailsWithTheCount() throws Exception {
        OutgoingBody body = new OutgoingBody(ErrorCode.BodyKind.RESPONSE, Optional.of(4L));
        Recorder target = new Recorder();
        body.channel().attach(target);
        HostOutputStream out = body.write().orElseThrow();
        out.write(new byte[3]);
        StreamException e = assertThrows(StreamException.class, () -> out.write(new byte[2]));
        assertEquals(Optional.of(new ErrorCode.BodySize(ErrorCode.BodyKind.RESPONSE, Optional.of(5L))),
                e.error().orElseThrow().detail());
        // after a failed write the stream is closed (wasi:io), and the body is short
        StreamException closed = assertThrows(StreamException.class, () -> out.write(new byte[1]));
        assertTrue(closed.isClosed());
        assertEquals(Optional.of(new ErrorCode.BodySize(ErrorCode.BodyKind.RESPONSE, Optional.of(3L))),
                body.finish(List.of()));
        assertEquals(List.of("write 3", "abort"), target.events);
    }

    @Test
    void finishingShortOfContentLengthFailsAndAborts() throws Exception {
        OutgoingBody body = new OutgoingBody(ErrorCode.BodyKind.REQUEST, Optional.of(10L));
        Recorder target = new Recorder();
        body.channel().attach(target);
        body.write().orElseThrow().write(new byte[4]);
        assertEquals(Optional.of(new ErrorCode.BodySize(ErrorCode.BodyKind.REQUEST, Optional.of(4L))),
                body.finish(List.of()));
        assertEquals(List.of("write 4", "abort"), target.events);
    }

    @Test
    void contentLengthIsReadFromTheHeaders() throws Exception {
        assertEquals(Optional.of(12L), OutgoingBody.contentLength(Fields.fromList(List.of(
                HttpField.of("Content-Length", "12")))));
        assertEquals(Optional.empty(), OutgoingBody.contentLength(Fields.fromList(List.of(
                HttpField.of("content-length", "12"), HttpField.of("content-length", "13")))));
        assertEquals(Optional.empty(), OutgoingBody.contentLength(Fields.fromList(List.of(
                HttpField.of("content-length", "-1")))));
        assertEquals(Optional.empty(), OutgoingBody.contentLength(Fields.mutable()));
    }

    @Test
    void bytesAndFinishBeforeAttachAreReplayed() throws Exception {
        OutgoingBody body = new OutgoingBody(ErrorCode.BodyKind.RESPONSE, Optional.empty());
        HostOutputStream out = body.write().orElseThrow();
        assertEquals(BodyChannel.MAX_PENDING, out.checkWrite());
        out.write("early".getBytes());
        assertEquals(BodyChannel.MAX_PENDING - 5, out.checkWrite());
        assertEquals(Optional.empty(), body.finish(List.of(HttpField.of("x-t", "1"))));
        assertThrows(StreamException.class, () -> out.write(new byte[1]));
        Recorder target = new Recorder();
        body.channel().attach(target);
        assertEquals("early", target.data.toString());
        assertEquals(List.of("write 5", "finish 1"), target.events);
    }

    @Test
    void droppingWithoutFinishAborts() throws Exception {
        OutgoingBody body = new OutgoingBody(ErrorCode.BodyKind.RESPONSE, Optional.empty());
        Recorder target = new Recorder();
        body.channel().attach(target);
        body.dropped();
        assertEquals(List.of("abort"), target.events);
        assertTrue(body.channel().abortReason().isPresent());
    }

    /**
     * As in Wasmtime, where a body's stream is a child resource of the body: while the guest holds the stream,
     * {@code finish} traps (wasi:http/types checks {@code streamAlive}); dropping it (close) allows the finish.
     */
    @Test
    void theStreamIsAliveUntilTheGuestDropsIt() throws Exception {
        OutgoingBody outgoing = new OutgoingBody(ErrorCode.BodyKind.RESPONSE, Optional.empty());
        assertEquals(false, outgoing.streamAlive());
        HostOutputStream out = outgoing.write().orElseThrow();
        assertEquals(true, outgoing.streamAlive());
        out.close();
        assertEquals(false, outgoing.streamAlive());

        BodyReader reader = new BodyReader(new java.io.ByteArrayInputStream(new byte[3]), new BodyReader.Limits(
                Long.MAX_VALUE, Optional.empty(), new ErrorCode.BodySize(ErrorCode.BodyKind.REQUEST, Optional.empty()),
                e -> ErrorCode.Simple.CONNECTION_TERMINATED), false);
        IncomingBody incoming = new IncomingBody(reader, List::of);
        assertEquals(false, incoming.streamAlive());
        BodyReader stream = incoming.stream().orElseThrow();
        assertEquals(true, incoming.streamAlive());
        stream.close();
        assertEquals(false, incoming.streamAlive());
    }
}
