package dev.weft.wasi.http;

import java.io.InputStream;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A request body the test feeds chunk by chunk while the guest runs; {@link #end()} closes it. */
final class ChunkFeed extends InputStream {
    private static final byte[] END = new byte[0];
    private final LinkedBlockingQueue<byte[]> chunks = new LinkedBlockingQueue<>();
    private byte[] current = new byte[0];
    private int pos;
    private boolean ended;

    void feed(byte[] chunk) {
        chunks.add(chunk.clone());
    }

    void end() {
        chunks.add(END);
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        while (pos == current.length) {
            if (ended) {
                return -1;
            }
            try {
                byte[] next = chunks.poll(60, TimeUnit.SECONDS);
                if (next == null) {
                    throw new IllegalStateException("the test never fed the next chunk");
                }
                if (next == END) {
                    ended = true;
                    return -1;
                }
                current = next;
                pos = 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }
        int n = Math.min(len, current.length - pos);
        System.arraycopy(current, pos, b, off, n);
        pos += n;
        return n;
    }
}
