package dev.weft.wasi.filesystem;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Path operations relative to a directory descriptor, all inside its sandbox (see {@link PathResolver}). */
public final class DirectoryOps {
    private static final LinkOption[] NOFOLLOW = {LinkOption.NOFOLLOW_LINKS};

    private DirectoryOps() {
    }

    private static PathResolver.Resolved resolve(Descriptor dir, String path, boolean follow) throws FsError {
        return PathResolver.resolve(dir.directoryPath(), path, follow);
    }

    private static void requireMutable(Descriptor dir) throws FsError {
        if (dir.readOnlyTree()) {
            throw new FsError(ErrorCode.NOT_PERMITTED, "read-only directory " + dir.path());
        }
    }

    public static Descriptor openAt(Descriptor dir, String path, OpenRequest request) throws FsError {
        var resolved = resolve(dir, path, request.followSymlinks());
        Path target = resolved.path();
        boolean writeRequested = request.access().write() || request.truncate() || request.create()
                || request.access().mutateDirectory();
        if (writeRequested && dir.readOnlyTree()) {
            throw new FsError(ErrorCode.NOT_PERMITTED, "read-only directory " + dir.path());
        }
        if (request.create() && request.directory()) {
            throw new FsError(ErrorCode.INVALID, "create and directory together");
        }
        boolean exists = Files.exists(target, NOFOLLOW);
        if (exists && request.create() && request.exclusive()) {
            throw new FsError(ErrorCode.EXIST, path);
        }
        if (exists && Files.isSymbolicLink(target)) {
            throw new FsError(request.directory() ? ErrorCode.NOT_DIRECTORY : ErrorCode.LOOP, path);
        }
        if (exists && Files.isDirectory(target, NOFOLLOW)) {
            if (request.access().write() || request.truncate()) {
                throw new FsError(ErrorCode.IS_DIRECTORY, path);
            }
            Descriptor.Access access = new Descriptor.Access(request.access().read(), false,
                    request.access().mutateDirectory(), false, false, false);
            SecureWalk.checkDirectory(dir.root(), target);
            return Descriptor.directory(target, dir.root(), dir.readOnlyTree(), access);
        }
        if (request.directory() || resolved.mustBeDirectory()) {
            throw new FsError(exists ? ErrorCode.NOT_DIRECTORY : ErrorCode.NO_ENTRY, path);
        }
        return Descriptor.file(target, dir.root(), dir.readOnlyTree(), request.access(),
                openFile(dir.root(), target, request));
    }

    private static FileChannel openFile(Path root, Path target, OpenRequest request) throws FsError {
        Set<OpenOption> options = new HashSet<>();
        options.add(LinkOption.NOFOLLOW_LINKS);
        if (request.access().write() || request.truncate()) {
            options.add(StandardOpenOption.WRITE);
        }
        if (request.access().read() || !options.contains(StandardOpenOption.WRITE)) {
            options.add(StandardOpenOption.READ);
        }
        if (request.create()) {
            options.add(request.exclusive() ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
            options.add(StandardOpenOption.WRITE);
        }
        if (request.truncate()) {
            options.add(StandardOpenOption.TRUNCATE_EXISTING);
        }
        if (request.access().fileIntegritySync()) {
            options.add(StandardOpenOption.SYNC);
        } else if (request.access().dataIntegritySync()) {
            options.add(StandardOpenOption.DSYNC);
        }
        try {
            if (!SecureWalk.available(root)) {
                return FileChannel.open(target, options);
            }
            try (SecureWalk walk = SecureWalk.toParent(root, target)) {
                if (walk.parent().newByteChannel(walk.name(), options) instanceof FileChannel channel) {
                    return channel;
                }
                throw new FsError(ErrorCode.UNSUPPORTED, "no file channel for " + target);
            }
        } catch (IOException e) {
            throw FsError.of(e);
        }
    }

    public static FileStat statAt(Descriptor dir, String path, boolean follow) throws FsError {
        Path target = resolve(dir, path, follow).path();
        SecureWalk.checkParent(dir.root(), target);
        return FileStat.of(target, false);
    }

    public static void createDirectoryAt(Descriptor dir, String path) throws FsError {
        requireMutable(dir);
        Path target = resolve(dir, path, false).path();
        SecureWalk.checkParent(dir.root(), target);
        try {
            Files.createDirectory(target);
        } catch (IOException e) {
            throw FsError.of(e);
        }
    }

    public static void removeDirectoryAt(Descriptor dir, String path) throws FsError {
        requireMutable(dir);
        Path target = resolve(dir, path, false).path();
        if (Files.exists(target, NOFOLLOW) && !Files.isDirectory(target, NOFOLLOW)) {
            throw new FsError(ErrorCode.NOT_DIRECTORY, path);
        }
        delete(dir, target, true);
    }

    public static void unlinkFileAt(Descriptor dir, String path) throws FsError {
        requireMutable(dir);
        var resolved = resolve(dir, path, false);
        Path target = resolved.path();
        if (Files.isDirectory(target, NOFOLLOW)) {
            throw new FsError(ErrorCode.IS_DIRECTORY, path);
        }
        if (resolved.mustBeDirectory() && Files.exists(target, NOFOLLOW)) {
            throw new FsError(ErrorCode.NOT_DIRECTORY, path);
        }
        delete(dir, target, false);
    }

    private static void delete(Descriptor dir, Path target, boolean directory) throws FsError {
        try {
            if (!SecureWalk.available(dir.root())) {
                Files.delete(target);
                return;
            }
            try (SecureWalk walk = SecureWalk.toParent(dir.root(), target)) {
                if (directory) {
                    walk.parent().deleteDirectory(walk.name());
                } else {
                    walk.parent().deleteFile(walk.name());
                }
            }
        } catch (IOException e) {
            throw FsError.of(e);
        }
    }

    public static void renameAt(Descriptor from, String oldPath, Descriptor to, String newPath) throws FsError {
        requireMutable(from);
        requireMutable(to);
        var source = resolve(from, oldPath, false);
        var target = resolve(to, newPath, false);
        if (!Files.exists(source.path(), NOFOLLOW)) {
            throw new FsError(ErrorCode.NO_ENTRY, oldPath);
        }
        boolean sourceIsDir = Files.isDirectory(source.path(), NOFOLLOW);
        if ((source.mustBeDirectory() || target.mustBeDirectory()) && !sourceIsDir) {
            throw new FsError(ErrorCode.NOT_DIRECTORY, oldPath);
        }
        if (Files.exists(target.path(), NOFOLLOW)) {
            boolean targetIsDir = Files.isDirectory(target.path(), NOFOLLOW);
            if (sourceIsDir && !targetIsDir) {
                throw new FsError(ErrorCode.NOT_DIRECTORY, newPath);
            }
            if (!sourceIsDir && targetIsDir) {
                throw new FsError(ErrorCode.IS_DIRECTORY, newPath);
            }
        }
        try {
            if (!SecureWalk.available(from.root())) {
                Files.move(source.path(), target.path(), StandardCopyOption.ATOMIC_MOVE);
                return;
            }
            try (SecureWalk a = SecureWalk.toParent(from.root(), source.path());
                    SecureWalk b = SecureWalk.toParent(to.root(), target.path())) {
                a.parent().move(a.name(), b.parent(), b.name());
            }
        } catch (IOException e) {
            throw FsError.of(e);
        }
    }

    public static void linkAt(Descriptor from, String oldPath, boolean follow, Descriptor to, String newPath)
            throws FsError {
        requireMutable(to);
        var source = resolve(from, oldPath, follow);
        var target = resolve(to, newPath, false);
        if (Files.isDirectory(source.path(), NOFOLLOW)) {
            throw new FsError(ErrorCode.NOT_PERMITTED, "hard link to a directory");
        }
        if (source.mustBeDirectory()) {
            throw new FsError(Files.exists(source.path(), NOFOLLOW) ? ErrorCode.NOT_DIRECTORY : ErrorCode.NO_ENTRY,
                    oldPath);
        }
        if (target.mustBeDirectory()) {
            throw new FsError(Files.exists(target.path(), NOFOLLOW) ? ErrorCode.EXIST : ErrorCode.NO_ENTRY, newPath);
        }
        SecureWalk.checkParent(from.root(), source.path());
        SecureWalk.checkParent(to.root(), target.path());
        try {
            Files.createLink(target.path(), source.path());
        } catch (IOException e) {
            throw FsError.of(e);
        }
    }

    public static void symlinkAt(Descriptor dir, String oldPath, String newPath) throws FsError {
        requireMutable(dir);
        if (oldPath.startsWith("/")) {
            throw new FsError(ErrorCode.NOT_PERMITTED, "absolute symlink target " + oldPath);
        }
        var target = resolve(dir, newPath, false);
        if (target.mustBeDirectory() && !Files.exists(target.path(), NOFOLLOW)) {
            throw new FsError(ErrorCode.NO_ENTRY, newPath);
        }
        SecureWalk.checkParent(dir.root(), target.path());
        try {
            Files.createSymbolicLink(target.path(), Path.of(oldPath));
        } catch (IOException e) {
            throw FsError.of(e);
        }
    }

    public static String readlinkAt(Descriptor dir, String path) throws FsError {
        Path target = resolve(dir, path, false).path();
        if (!Files.isSymbolicLink(target)) {
            throw new FsError(Files.exists(target, NOFOLLOW) ? ErrorCode.INVALID : ErrorCode.NO_ENTRY, path);
        }
        try {
            return Files.readSymbolicLink(target).toString();
        } catch (IOException e) {
            throw FsError.of(e);
        }
    }

    public static void setTimesAt(Descriptor dir, String path, boolean follow, NewTimestamp atime,
            NewTimestamp mtime) throws FsError {
        requireMutable(dir);
        Path target = resolve(dir, path, follow).path();
        SecureWalk.checkParent(dir.root(), target);
        setTimes(target, follow, atime, mtime);
    }

    /** Sets access and modification times at full nanosecond precision. */
    public static void setTimes(Path path, boolean follow, NewTimestamp atime, NewTimestamp mtime) throws FsError {
        Instant now = Instant.now();
        try {
            LinkOption[] options = follow ? new LinkOption[0] : NOFOLLOW;
            Files.getFileAttributeView(path, BasicFileAttributeView.class, options)
                    .setTimes(time(mtime, now), time(atime, now), null);
        } catch (IOException e) {
            throw FsError.of(e);
        }
    }

    private static FileTime time(NewTimestamp t, Instant now) {
        return switch (t) {
            case NewTimestamp.NoChange n -> null;
            case NewTimestamp.Now n -> FileTime.from(now);
            case NewTimestamp.At at -> FileTime.from(at.instant());
        };
    }

    /** A directory's entries (without {@code .} and {@code ..}). */
    public static List<DirectoryEntry> readDirectory(Descriptor dir) throws FsError {
        Path path = dir.directoryPath();
        SecureWalk.checkDirectory(dir.root(), path);
        List<DirectoryEntry> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(path)) {
            for (Path child : stream) {
                DescriptorType type;
                try {
                    type = FileStat.of(child, false).type();
                } catch (FsError e) {
                    type = DescriptorType.UNKNOWN;
                }
                entries.add(new DirectoryEntry(type, child.getFileName().toString()));
            }
        } catch (IOException e) {
            throw FsError.of(e);
        }
        return entries;
    }

    public record DirectoryEntry(DescriptorType type, String name) {
    }
}
