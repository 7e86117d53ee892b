package dev.weft.wasi.filesystem;

import dev.weft.wasi.io.HostInputStream;
import dev.weft.wasi.io.HostOutputStream;
import dev.weft.wasi.io.IoError;
import dev.weft.wasi.io.StreamException;
import java.util.Optional;

/** Streams over a file descriptor: reading or writing from a position, or appending at the end. */
final class FileStreams {
    private FileStreams() {
    }

    static StreamException failed(FsError e) {
        return StreamException.failed(new IoError(e.getMessage(), Optional.of(e.code().witName())));
    }

    static HostInputStream reader(Descriptor file, long offset) {
        return new HostInputStream() {
            private long position = offset;

            @Override
            public byte[] read(int max) throws StreamException {
                try {
                    Descriptor.ReadResult r = file.read(max, position);
                    if (r.data().length == 0 && max > 0) {
                        throw StreamException.closed();
                    }
                    position += r.data().length;
                    return r.data();
                } catch (FsError e) {
                    throw failed(e);
                }
            }
        };
    }

    static HostOutputStream writer(Descriptor file, long offset, boolean append) {
        return new HostOutputStream() {
            private long position = offset;

            @Override
            public long checkWrite() {
                return 1 << 20;
            }

            @Override
            public void write(byte[] data) throws StreamException {
                try {
                    long at = append ? file.size() : position;
                    file.write(data, at);
                    position = at + data.length;
                } catch (FsError e) {
                    throw failed(e);
                }
            }

            @Override
            public void flush() {
            }
        };
    }
}
