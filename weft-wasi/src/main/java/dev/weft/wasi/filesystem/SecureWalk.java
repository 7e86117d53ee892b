package dev.weft.wasi.filesystem;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reaches a path below a preopen without following any symlink the OS sees at that moment: from the preopen it
 * opens one directory at a time relative to the previous one ({@code openat} with {@code O_NOFOLLOW}, through
 * {@link SecureDirectoryStream}), so a directory swapped for a symlink while the guest works (a race with rename)
 * fails the walk instead of leading out. {@link PathResolver} has already expanded the guest's own symlinks, so a
 * correct walk never meets one. Where the platform has no {@code SecureDirectoryStream}, {@link #available} is
 * false and callers fall back to plain paths.
 */
final class SecureWalk implements AutoCloseable {
    private static final LinkOption[] NOFOLLOW = {LinkOption.NOFOLLOW_LINKS};

    private final SecureDirectoryStream<Path> parent;
    private final Path name;

    private SecureWalk(SecureDirectoryStream<Path> parent, Path name) {
        this.parent = parent;
        this.name = name;
    }

    /** The directory that holds the last component, opened race-free, and that component's name. */
    static SecureWalk toParent(Path root, Path target) throws FsError {
        List<Path> names = names(root, target);
        if (names.isEmpty()) {
            throw new FsError(ErrorCode.INVALID, "the path names the preopened folder itself");
        }
        SecureDirectoryStream<Path> dir = openRoot(root);
        try {
            for (Path step : names.subList(0, names.size() - 1)) {
                SecureDirectoryStream<Path> next = dir.newDirectoryStream(step, NOFOLLOW);
                dir.close();
                dir = next;
            }
        } catch (IOException e) {
            closeQuietly(dir);
            throw FsError.of(e);
        }
        return new SecureWalk(dir, names.get(names.size() - 1));
    }

    /** Checks that {@code target} is a directory reachable from {@code root} without symlinks. */
    static void checkDirectory(Path root, Path target) throws FsError {
        if (names(root, target).isEmpty() || !available(root)) {
            return;
        }
        try (SecureWalk walk = toParent(root, target);
                DirectoryStream<Path> dir = walk.parent.newDirectoryStream(walk.name, NOFOLLOW)) {
            dir.iterator();
        } catch (IOException e) {
            throw FsError.of(e);
        }
    }

    private static volatile Boolean available;

    /** Whether this platform opens directories relative to one another (Linux and macOS do). */
    static boolean available(Path root) {
        Boolean known = available;
        if (known == null) {
            try (DirectoryStream<Path> s = Files.newDirectoryStream(root)) {
                known = s instanceof SecureDirectoryStream;
            } catch (IOException e) {
                return false;
            }
            available = known;
        }
        return known;
    }

    /** Checks that the folder holding {@code target} is reachable from {@code root} without symlinks. */
    static void checkParent(Path root, Path target) throws FsError {
        if (names(root, target).isEmpty() || !available(root)) {
            return;
        }
        toParent(root, target).close();
    }

    SecureDirectoryStream<Path> parent() {
        return parent;
    }

    Path name() {
        return name;
    }

    @Override
    public void close() {
        closeQuietly(parent);
    }

    private static SecureDirectoryStream<Path> openRoot(Path root) throws FsError {
        try {
            DirectoryStream<Path> s = Files.newDirectoryStream(root);
            if (s instanceof SecureDirectoryStream<Path> secure) {
                return secure;
            }
            s.close();
            throw new FsError(ErrorCode.UNSUPPORTED, "no SecureDirectoryStream on this platform");
        } catch (IOException e) {
            throw FsError.of(e);
        }
    }

    private static List<Path> names(Path root, Path target) throws FsError {
        Path relative = root.relativize(target);
        List<Path> out = new ArrayList<>();
        for (Path part : relative) {
            String s = part.toString();
            if (s.isEmpty()) {
                continue;
            }
            if (s.equals("..")) {
                throw new FsError(ErrorCode.NOT_PERMITTED, target + " is not below " + root);
            }
            out.add(part);
        }
        return out;
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // a directory handle opened only for the walk
        }
    }
}
