package dev.weft.wasi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.weft.component.Component;
import dev.weft.runtime.Engine;
import dev.weft.testkit.Fixtures;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Filesystem sandbox escapes tried by real guest code ({@code fixtures/c/sandbox-escape.c}, raw preview1 calls
 * through the adapter, so paths reach the host unchanged). Expected codes are Wasmtime's (cap-std answers
 * {@code not-permitted}, which the preview1 adapter turns into {@code EPERM}; opening a symlink without following
 * it is {@code ELOOP}).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SandboxEscapeTest {
    private static final Engine ENGINE = Engine.create();
    private static Component component;

    @TempDir
    Path tmp;

    @BeforeAll
    static void load() throws Exception {
        component = Component.decode(Fixtures.componentBytes("c-sandbox-escape"));
    }

    private String run(UnaryOperator<WasiContext.Builder> setup, String... args) throws Exception {
        var out = new ByteArrayOutputStream();
        var ctx = WasiContext.builder().args(List.of(args)).stdout(out).stderr(System.err);
        assertEquals(0, WasiCommand.run(ENGINE, component, setup.apply(ctx).build()));
        return out.toString(StandardCharsets.UTF_8);
    }

    private Path box() throws Exception {
        Path box = Files.createDirectories(tmp.resolve("box"));
        Files.writeString(tmp.resolve("secret.txt"), "OUTSIDE-SECRET");
        Files.writeString(box.resolve("inside.txt"), "inside");
        Files.createDirectories(box.resolve("sub"));
        Files.createSymbolicLink(box.resolve("up"), Path.of("../secret.txt"));
        Files.createSymbolicLink(box.resolve("abs"), tmp.resolve("secret.txt"));
        Files.createSymbolicLink(box.resolve("updir"), Path.of(".."));
        Path ro = Files.createDirectories(tmp.resolve("ro"));
        Files.writeString(ro.resolve("file.txt"), "read-only content");
        return box;
    }

    @Test
    void everyEscapeIsRefusedWithTheCodeWasmtimeGives() throws Exception {
        Path box = box();
        String out = run(c -> c.preopenDir(box, "/box").preopenDir(tmp.resolve("ro"), "/ro", true),
                "sandbox-escape", "escape");
        assertEquals("""
                inside: ok inside
                dotdot: EPERM
                dotdot-nested: EPERM
                absolute: EPERM
                symlink-relative: EPERM
                symlink-absolute: EPERM
                symlink-dir: EPERM
                symlink-nofollow: ELOOP
                guest-symlink-create: ok
                guest-symlink-follow: EPERM
                guest-symlink-absolute: EPERM
                hardlink-out: EPERM
                hardlink-via-symlink: EPERM
                rename-out: EPERM
                rename-in: EPERM
                readonly-create: EPERM
                readonly-write: EPERM
                readonly-truncate: EPERM
                readonly-unlink: EPERM
                readonly-mkdir: EPERM
                readonly-read: ok read-only content
                """, out);
        assertEquals("OUTSIDE-SECRET", Files.readString(tmp.resolve("secret.txt")));
        assertFalse(Files.exists(tmp.resolve("moved.txt")));
        assertFalse(Files.exists(box.resolve("hl")) || Files.exists(box.resolve("hl2")) || Files.exists(box.resolve(
                "stolen.txt")) || Files.exists(box.resolve("mine2")));
        assertEquals("read-only content", Files.readString(tmp.resolve("ro/file.txt")));
        assertEquals(List.of("file.txt"), Files.list(tmp.resolve("ro")).map(p -> p.getFileName().toString())
                .toList());
    }

    /** The host swaps {@code d} between a real folder and a symlink to an outside folder while the guest opens. */
    @Test
    void symlinkSwappedInDuringARaceIsNeverFollowedOut() throws Exception {
        Path box = box();
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "OUTSIDE-RACE");
        Path d = box.resolve("d");
        Files.createDirectories(d);
        Files.writeString(d.resolve("secret.txt"), "inside-race");
        Path parkedDir = box.resolve("d.dir");
        Path parkedLink = box.resolve("d.lnk");
        Files.createSymbolicLink(parkedLink, outside);
        AtomicBoolean stop = new AtomicBoolean();
        Thread swapper = Thread.ofPlatform().start(() -> {
            while (!stop.get()) {
                try {
                    Files.move(d, parkedDir, StandardCopyOption.ATOMIC_MOVE);
                    Files.move(parkedLink, d, StandardCopyOption.ATOMIC_MOVE);
                    Thread.onSpinWait();
                    Files.move(d, parkedLink, StandardCopyOption.ATOMIC_MOVE);
                    Files.move(parkedDir, d, StandardCopyOption.ATOMIC_MOVE);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        });
        String out;
        try {
            out = run(c -> c.preopenDir(box, "/box"), "sandbox-escape", "race", "3000");
        } finally {
            stop.set(true);
            swapper.join();
        }
        assertEquals("race: outside=0", out.lines().findFirst().orElseThrow(), out);
    }

    @Test
    void argsAndEnvironmentAreOnlyWhatWasGranted() throws Exception {
        assertEquals("args=2 env=0\n", run(c -> c, "sandbox-escape", "env"));
        assertEquals("args=2 env=1\n", run(c -> c.env("ONLY", "this"), "sandbox-escape", "env"));
    }
}
