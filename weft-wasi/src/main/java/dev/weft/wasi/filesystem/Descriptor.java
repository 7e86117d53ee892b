package dev.weft.wasi.filesystem;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * An open file or directory: its host path, the access the guest asked for, and for files an open channel. A
 * directory descriptor is the base that {@link PathResolver} never leaves.
 */
public final class Descriptor {
    /** The {@code descriptor-flags} a descriptor was opened with. */
    public record Access(boolean read, boolean write, boolean mutateDirectory, boolean fileIntegritySync,
            boolean dataIntegritySync, boolean requestedWriteSync) {
    }

    private final Path path;
    private final Path root;
    private final boolean directory;
    private final boolean readOnlyTree;
    private final Access access;
    private final Optional<FileChannel> channel;

    private Descriptor(Path path, Path root, boolean directory, boolean readOnlyTree, Access access,
            Optional<FileChannel> channel) {
        this.path = path;
        this.root = root;
        this.directory = directory;
        this.readOnlyTree = readOnlyTree;
        this.access = access;
        this.channel = channel;
    }

    public static Descriptor directory(Path path, boolean readOnlyTree, Access access) {
        return new Descriptor(path, path, true, readOnlyTree, access, Optional.empty());
    }

    public static Descriptor file(Path path, boolean readOnlyTree, Access access, FileChannel channel) {
        return new Descriptor(path, path, false, readOnlyTree, access, Optional.of(channel));
    }

    /** A directory below {@code root} (the preopen it was reached from; path operations walk down from there). */
    static Descriptor directory(Path path, Path root, boolean readOnlyTree, Access access) {
        return new Descriptor(path, root, true, readOnlyTree, access, Optional.empty());
    }

    static Descriptor file(Path path, Path root, boolean readOnlyTree, Access access, FileChannel channel) {
        return new Descriptor(path, root, false, readOnlyTree, access, Optional.of(channel));
    }

    /** The preopened folder this descriptor was reached from. */
    Path root() {
        return root;
    }

    public static Descriptor preopen(Preopen preopen) {
        return directory(preopen.hostPath(), preopen.readOnly(), new Access(true, !preopen.readOnly(),
                !preopen.readOnly(), false, false, false));
    }

    public Path path() {
        return path;
    }

    public boolean isDirectory() {
        return directory;
    }

    public boolean readOnlyTree() {
        return readOnlyTree;
    }

    public Access access() {
        return access;
    }

    /** The base directory for path operations; fails on a file. */
    public Path directoryPath() throws FsError {
        if (!directory) {
            throw new FsError(ErrorCode.NOT_DIRECTORY, path.toString());
        }
        return path;
    }

    /** The channel of a file opened for reading. */
    FileChannel readable() throws FsError {
        if (directory) {
            throw new FsError(ErrorCode.IS_DIRECTORY);
        }
        if (!access.read()) {
            throw new FsError(ErrorCode.BAD_DESCRIPTOR, "not opened for reading");
        }
        return channel.orElseThrow();
    }

    /** The channel of a file opened for writing. */
    FileChannel writable() throws FsError {
        if (directory) {
            throw new FsError(ErrorCode.IS_DIRECTORY);
        }
        if (!access.write()) {
            throw new FsError(ErrorCode.BAD_DESCRIPTOR, "not opened for writing");
        }
        return channel.orElseThrow();
    }

    /** Up to {@code length} bytes at {@code offset}, and whether the end of the file was reached. */
    public ReadResult read(long length, long offset) throws FsError {
        FileChannel ch = readable();
        byte[] data = new byte[(int) Math.min(length, 1 << 20)];
        try {
            int total = 0;
            while (total < data.length) {
                int n = ch.read(ByteBuffer.wrap(data, total, data.length - total), offset + total);
                if (n < 0) {
                    return new ReadResult(Arrays.copyOf(data, total), true);
                }
                total += n;
            }
            return new ReadResult(data, false);
        } catch (IOException e) {
            throw FsError.of(e);
        }
    }

    public record ReadResult(byte[] data, boolean end) {
    }

    public long write(byte[] data, long offset) throws FsError {
        FileChannel ch = writable();
        try {
            ByteBuffer buffer = ByteBuffer.wrap(data);
            long at = offset;
            while (buffer.hasRemaining()) {
                at += ch.write(buffer, at);
            }
            return data.length;
        } catch (IOException e) {
            throw FsError.of(e);
        }
    }

    public long size() throws FsError {
        try {
            return channel.orElseThrow(() -> new FsError(ErrorCode.IS_DIRECTORY)).size();
        } catch (IOException e) {
            throw FsError.of(e);
        }
    }

    public void setSize(long size) throws FsError {
        FileChannel ch = writable();
        try {
            if (size < ch.size()) {
                ch.truncate(size);
            } else if (size > ch.size()) {
                ch.write(ByteBuffer.wrap(new byte[1]), size - 1);
            }
        } catch (IOException e) {
            throw FsError.of(e);
        }
    }

    public void sync(boolean metadata) throws FsError {
        if (channel.isEmpty()) {
            return;
        }
        try {
            channel.get().force(metadata);
        } catch (IOException e) {
            throw FsError.of(e);
        }
    }

    /** Closes the file when the guest drops the descriptor. */
    public void close() {
        channel.ifPresent(ch -> {
            try {
                ch.close();
            } catch (IOException ignored) {
                // nothing to report to a guest that already dropped the handle
            }
        });
    }
}
