package dev.weft.wasi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.wasi.filesystem.Descriptor;
import dev.weft.wasi.filesystem.DirectoryOps;
import dev.weft.wasi.filesystem.ErrorCode;
import dev.weft.wasi.filesystem.FileStat;
import dev.weft.wasi.filesystem.FsError;
import dev.weft.wasi.filesystem.NewTimestamp;
import dev.weft.wasi.filesystem.OpenRequest;
import dev.weft.wasi.filesystem.Preopen;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The filesystem capability sandbox: nothing outside a preopen is reachable; read-only preopens stay unchanged. */
class SandboxTest {
    private static final Descriptor.Access READ = new Descriptor.Access(true, false, false, false, false, false);
    private static final Descriptor.Access WRITE = new Descriptor.Access(true, true, false, false, false, false);

    @TempDir
    Path tmp;

    private Descriptor root(boolean readOnly) throws Exception {
        Path box = Files.createDirectories(tmp.resolve("box"));
        Files.writeString(tmp.resolve("secret.txt"), "secret");
        Files.writeString(box.resolve("inside.txt"), "inside");
        return Descriptor.preopen(new Preopen(box, "/", readOnly));
    }

    private static ErrorCode codeOf(org.junit.jupiter.api.function.Executable e) {
        return assertThrows(FsError.class, e).code();
    }

    private static OpenRequest open(boolean follow, Descriptor.Access access) {
        return new OpenRequest(follow, false, false, false, false, access);
    }

    @Test
    void dotDotAndAbsolutePathsAreRefused() throws Exception {
        Descriptor root = root(false);
        assertEquals(ErrorCode.NOT_PERMITTED, codeOf(() -> DirectoryOps.openAt(root, "../secret.txt",
                open(true, READ))));
        assertEquals(ErrorCode.NOT_PERMITTED, codeOf(() -> DirectoryOps.openAt(root, "a/../../secret.txt",
                open(true, READ))));
        assertEquals(ErrorCode.NOT_PERMITTED, codeOf(() -> DirectoryOps.openAt(root, "/etc/passwd",
                open(true, READ))));
        assertEquals("inside", new String(DirectoryOps.openAt(root, "./x/../inside.txt".replace("x/../", ""),
                open(true, READ)).read(100, 0).data()));
    }

    @Test
    void symlinksOutOfThePreopenAreRefused() throws Exception {
        Descriptor root = root(false);
        Files.createSymbolicLink(tmp.resolve("box/up"), Path.of("../secret.txt"));
        Files.createSymbolicLink(tmp.resolve("box/abs"), tmp.resolve("secret.txt"));
        Files.createSymbolicLink(tmp.resolve("box/ok"), Path.of("inside.txt"));
        assertEquals(ErrorCode.NOT_PERMITTED, codeOf(() -> DirectoryOps.openAt(root, "up", open(true, READ))));
        assertEquals(ErrorCode.NOT_PERMITTED, codeOf(() -> DirectoryOps.statAt(root, "abs", true)));
        assertEquals(ErrorCode.NOT_PERMITTED, codeOf(() -> DirectoryOps.symlinkAt(root, "/etc", "evil")));
        assertEquals("inside", new String(DirectoryOps.openAt(root, "ok", open(true, READ)).read(100, 0).data()));
        assertEquals(ErrorCode.LOOP, codeOf(() -> DirectoryOps.openAt(root, "ok", open(false, READ))));
    }

    @Test
    void readOnlyPreopenRefusesChanges() throws Exception {
        Descriptor root = root(true);
        assertEquals(ErrorCode.NOT_PERMITTED, codeOf(() -> DirectoryOps.createDirectoryAt(root, "d")));
        assertEquals(ErrorCode.NOT_PERMITTED, codeOf(() -> DirectoryOps.unlinkFileAt(root, "inside.txt")));
        assertEquals(ErrorCode.NOT_PERMITTED, codeOf(() -> DirectoryOps.openAt(root, "inside.txt",
                open(true, WRITE))));
        assertTrue(Files.exists(tmp.resolve("box/inside.txt")));
        assertEquals("inside", new String(DirectoryOps.openAt(root, "inside.txt", open(true, READ))
                .read(100, 0).data()));
    }

    @Test
    void setTimesKeepsNanoseconds() throws Exception {
        Descriptor root = root(false);
        Instant atime = Instant.ofEpochSecond(1_600_000_000L, 123_456_789);
        Instant mtime = Instant.ofEpochSecond(1_700_000_000L, 987_654_321);
        DirectoryOps.setTimesAt(root, "inside.txt", true, new NewTimestamp.At(atime), new NewTimestamp.At(mtime));
        FileStat stat = DirectoryOps.statAt(root, "inside.txt", true);
        assertEquals(mtime, stat.modified().orElseThrow());
        assertEquals(atime, stat.accessed().orElseThrow());
    }

    @Test
    void errorCodesFollowPosix() throws Exception {
        Descriptor root = root(false);
        assertEquals(ErrorCode.NO_ENTRY, codeOf(() -> DirectoryOps.statAt(root, "missing", true)));
        assertEquals(ErrorCode.EXIST, codeOf(() -> DirectoryOps.createDirectoryAt(root, "inside.txt")));
        DirectoryOps.createDirectoryAt(root, "d");
        Files.writeString(tmp.resolve("box/d/f"), "x");
        assertEquals(ErrorCode.NOT_EMPTY, codeOf(() -> DirectoryOps.removeDirectoryAt(root, "d")));
        assertEquals(ErrorCode.IS_DIRECTORY, codeOf(() -> DirectoryOps.unlinkFileAt(root, "d")));
        assertEquals(ErrorCode.NOT_DIRECTORY, codeOf(() -> DirectoryOps.removeDirectoryAt(root, "inside.txt")));
        assertEquals(ErrorCode.NOT_DIRECTORY, codeOf(() -> DirectoryOps.openAt(root, "inside.txt/",
                open(true, READ))));
    }
}
