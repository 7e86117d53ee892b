package dev.weft.wasi.filesystem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Resolves a guest path relative to a directory descriptor without ever leaving that directory: absolute paths,
 * {@code ..} above the start and symlinks whose target would leave it are refused with {@code not-permitted}
 * (as Wasmtime's cap-std does). Symlinks are followed component by component inside the sandbox.
 */
final class PathResolver {
    private static final int MAX_SYMLINKS = 40;

    private PathResolver() {
    }

    /** A resolved host path; {@code mustBeDirectory} when the guest path ended in a slash. */
    record Resolved(Path path, boolean mustBeDirectory) {
    }

    static Resolved resolve(Path base, String guestPath, boolean followLast) throws FsError {
        if (guestPath.isEmpty()) {
            throw new FsError(ErrorCode.NO_ENTRY, "empty path");
        }
        if (guestPath.indexOf('\0') >= 0) {
            throw new FsError(ErrorCode.ILLEGAL_BYTE_SEQUENCE, "NUL in path");
        }
        if (guestPath.startsWith("/")) {
            throw new FsError(ErrorCode.NOT_PERMITTED, "absolute path " + guestPath);
        }
        boolean trailingSlash = guestPath.endsWith("/");
        Deque<String> todo = new ArrayDeque<>(split(guestPath));
        List<String> stack = new ArrayList<>();
        int links = 0;
        while (!todo.isEmpty()) {
            String c = todo.pollFirst();
            if (c.equals("..")) {
                if (stack.isEmpty()) {
                    throw new FsError(ErrorCode.NOT_PERMITTED, "path " + guestPath + " leaves its directory");
                }
                stack.remove(stack.size() - 1);
                continue;
            }
            boolean last = todo.isEmpty();
            Path candidate = join(base, stack).resolve(c);
            if ((!last || followLast || trailingSlash) && Files.isSymbolicLink(candidate)) {
                if (++links > MAX_SYMLINKS) {
                    throw new FsError(ErrorCode.LOOP, "too many symlinks in " + guestPath);
                }
                String target = readLink(candidate);
                if (target.startsWith("/")) {
                    throw new FsError(ErrorCode.NOT_PERMITTED, "symlink " + c + " points outside: " + target);
                }
                List<String> parts = split(target);
                for (int i = parts.size() - 1; i >= 0; i--) {
                    todo.addFirst(parts.get(i));
                }
                if (target.endsWith("/") && last) {
                    trailingSlash = true;
                }
                continue;
            }
            stack.add(c);
        }
        return new Resolved(join(base, stack), trailingSlash);
    }

    private static String readLink(Path link) throws FsError {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            throw FsError.of(e);
        }
    }

    private static List<String> split(String path) {
        List<String> out = new ArrayList<>();
        for (String part : path.split("/")) {
            if (!part.isEmpty() && !part.equals(".")) {
                out.add(part);
            }
        }
        return out;
    }

    private static Path join(Path base, List<String> parts) {
        Path p = base;
        for (String part : parts) {
            p = p.resolve(part);
        }
        return p;
    }
}
