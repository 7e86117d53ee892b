package dev.weft.wasi.io;

import static dev.weft.wasi.WasiVals.one;

import dev.weft.error.Trap;
import dev.weft.runtime.Linker;
import dev.weft.runtime.LinkerInstance;
import dev.weft.value.Val;
import dev.weft.wasi.WasiVals;
import java.util.List;

/** WASI 0.2 glue for {@code wasi:io/streams}: input-stream and output-stream methods. */
final class StreamsP2 {
    private static final int MAX_CHUNK = 1 << 20;
    /** The most bytes {@code blocking-write-and-flush} and {@code blocking-write-zeroes-and-flush} take. */
    private static final int BLOCKING_MAX = 4096;

    private StreamsP2() {
    }

    @FunctionalInterface
    private interface StreamOp {
        Val run(List<Val> args) throws StreamException, Trap;
    }

    static void define(Linker linker, String version, IoResources io) {
        LinkerInstance streams = linker.instance("wasi:io/streams@" + version)
                .resource("input-stream", io.inputStream())
                .resource("output-stream", io.outputStream());
        var in = io.inputStream();
        var out = io.outputStream();
        op(streams, io, "[method]input-stream.read",
                a -> WasiVals.bytes(in.get(a.get(0)).read(chunk(a.get(1)))));
        op(streams, io, "[method]input-stream.blocking-read",
                a -> WasiVals.bytes(in.get(a.get(0)).blockingRead(chunk(a.get(1)))));
        op(streams, io, "[method]input-stream.skip", a -> WasiVals.u64(in.get(a.get(0)).read(chunk(a.get(1))).length));
        op(streams, io, "[method]input-stream.blocking-skip",
                a -> WasiVals.u64(in.get(a.get(0)).blockingRead(chunk(a.get(1))).length));
        streams.function("[method]input-stream.subscribe",
                a -> one(io.pollable().own(in.get(a.get(0)).pollable())));
        op(streams, io, "[method]output-stream.check-write", a -> WasiVals.u64(out.get(a.get(0)).checkWrite()));
        op(streams, io, "[method]output-stream.write", a -> {
            HostOutputStream s = out.get(a.get(0));
            byte[] data = WasiVals.toBytes(a.get(1));
            permitted(s, data.length, "write");
            s.write(data);
            return null;
        });
        op(streams, io, "[method]output-stream.blocking-write-and-flush", a -> {
            HostOutputStream s = out.get(a.get(0));
            byte[] data = WasiVals.toBytes(a.get(1));
            if (data.length > BLOCKING_MAX) {
                throw new Trap("output-stream.blocking-write-and-flush: " + data.length
                        + " bytes, more than the " + BLOCKING_MAX + " it allows");
            }
            blockingWrite(s, data);
            s.blockingFlush();
            return null;
        });
        op(streams, io, "[method]output-stream.flush", a -> {
            out.get(a.get(0)).flush();
            return null;
        });
        op(streams, io, "[method]output-stream.blocking-flush", a -> {
            out.get(a.get(0)).blockingFlush();
            return null;
        });
        streams.function("[method]output-stream.subscribe",
                a -> one(io.pollable().own(out.get(a.get(0)).pollable())));
        op(streams, io, "[method]output-stream.write-zeroes", a -> {
            HostOutputStream s = out.get(a.get(0));
            long len = WasiVals.toLong(a.get(1));
            permitted(s, len, "write-zeroes");
            writeZeroes(s, len);
            return null;
        });
        op(streams, io, "[method]output-stream.blocking-write-zeroes-and-flush", a -> {
            HostOutputStream s = out.get(a.get(0));
            long len = WasiVals.toLong(a.get(1));
            if (len < 0 || len > BLOCKING_MAX) {
                throw new Trap("output-stream.blocking-write-zeroes-and-flush: " + Long.toUnsignedString(len)
                        + " bytes, more than the " + BLOCKING_MAX + " it allows");
            }
            blockingWrite(s, new byte[(int) len]);
            s.blockingFlush();
            return null;
        });
        op(streams, io, "[method]output-stream.splice",
                a -> WasiVals.u64(splice(in.get(a.get(1)), out.get(a.get(0)), chunk(a.get(2)), false)));
        op(streams, io, "[method]output-stream.blocking-splice",
                a -> WasiVals.u64(splice(in.get(a.get(1)), out.get(a.get(0)), chunk(a.get(2)), true)));
    }

    private static long splice(HostInputStream from, HostOutputStream to, int len, boolean blocking)
            throws StreamException {
        if (blocking) {
            Poller.block(to.pollable());
        }
        int budget = (int) Math.min(len, to.checkWrite());
        byte[] data = blocking ? from.blockingRead(budget) : from.read(budget);
        to.write(data);
        if (blocking) {
            to.blockingFlush();
        }
        return data.length;
    }

    /** Traps when a write exceeds what {@code check-write} permits now, as the WIT requires. */
    private static void permitted(HostOutputStream s, long length, String what) throws StreamException, Trap {
        long permit = s.checkWrite();
        if (length < 0 || length > permit) {
            throw new Trap("output-stream." + what + ": " + Long.toUnsignedString(length)
                    + " bytes, but check-write permits " + permit);
        }
    }

    /** Writes all of {@code data}, waiting on the stream's pollable whenever its budget is used up. */
    private static void blockingWrite(HostOutputStream s, byte[] data) throws StreamException {
        int done = 0;
        while (done < data.length) {
            long permit = s.checkWrite();
            if (permit == 0) {
                Pollable ready = s.pollable();
                if (!ready.ready()) {
                    Poller.block(ready);
                    continue;
                }
                permit = data.length - done;  // no budget but nothing to wait for: the stream takes it as it can
            }
            int n = (int) Math.min(permit, data.length - done);
            s.write(done == 0 && n == data.length ? data : java.util.Arrays.copyOfRange(data, done, done + n));
            done += n;
        }
    }

    private static void writeZeroes(HostOutputStream to, long len) throws StreamException {
        byte[] zeroes = new byte[(int) Math.min(Math.max(len, 0), 64 * 1024)];
        for (long left = len; left > 0; left -= zeroes.length) {
            to.write(left >= zeroes.length ? zeroes : new byte[(int) left]);
        }
    }

    private static int chunk(Val len) throws Trap {
        long n = WasiVals.toLong(len);
        return (int) (n < 0 || n > MAX_CHUNK ? MAX_CHUNK : n);
    }

    /** A method returning {@code result<T, stream-error>}; a null value means {@code ok} without payload. */
    private static void op(LinkerInstance instance, IoResources io, String name, StreamOp op) {
        instance.function(name, args -> {
            try {
                Val v = op.run(args);
                return one(v == null ? WasiVals.ok() : WasiVals.ok(v));
            } catch (StreamException e) {
                return one(io.streamError(e));
            }
        });
    }
}
