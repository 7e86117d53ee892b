package dev.weft.wasi;

import dev.weft.runtime.Linker;
import dev.weft.wasi.cli.CliEnvironment;
import dev.weft.wasi.cli.CliP2;
import dev.weft.wasi.clocks.ClocksP2;
import dev.weft.wasi.filesystem.FilesystemP2;
import dev.weft.wasi.io.IoP2;
import dev.weft.wasi.io.IoResources;
import dev.weft.wasi.io.JavaInputStream;
import dev.weft.wasi.io.JavaOutputStream;
import dev.weft.wasi.random.RandomP2;
import dev.weft.wasi.sockets.SocketsP2;

/**
 * Defines WASI 0.2 in a {@link Linker}: every {@code wasi:*@0.2.12} instance of {@code cli}, {@code io},
 * {@code clocks}, {@code random}, {@code filesystem} and {@code sockets} (denied unless the context allows addresses) (guests importing any 0.2.x bind to them by semver).
 *
 * <pre>{@code
 * Linker linker = new Linker();
 * Wasi.addToLinker(linker, WasiContext.builder().args("prog").inheritStdio().build());
 * }</pre>
 */
public final class Wasi {
    /** The WASI 0.2 version this host implements. */
    public static final String VERSION = "0.2.12";

    private Wasi() {
    }

    public static void addToLinker(Linker linker, WasiContext ctx) {
        addToLinker(linker, ctx, IoResources.create());
    }

    /**
     * As {@link #addToLinker(Linker, WasiContext)}, with the {@code wasi:io} resource types {@code io}, so that
     * other host interfaces defined with the same {@code io} (e.g. {@code wasi:http}) hand out ordinary streams and
     * pollables.
     */
    public static void addToLinker(Linker linker, WasiContext ctx, IoResources io) {
        IoP2.define(linker, VERSION, io);
        CliP2.define(linker, VERSION, io, new CliEnvironment(ctx.args(), ctx.env(),
                new JavaInputStream(ctx.stdin()), new JavaOutputStream(ctx.stdout()),
                new JavaOutputStream(ctx.stderr()), ctx.initialCwd()));
        ClocksP2.define(linker, VERSION, io);
        RandomP2.define(linker, VERSION);
        FilesystemP2.define(linker, VERSION, io, ctx.preopens());
        SocketsP2.define(linker, VERSION, io, ctx.network());
    }
}
