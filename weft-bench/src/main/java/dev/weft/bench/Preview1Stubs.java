package dev.weft.bench;

import dev.weft.error.Trap;
import dev.weft.runtime.engine.CoreFuncType;
import dev.weft.runtime.engine.CoreImports;
import dev.weft.runtime.engine.CoreInstance;
import dev.weft.runtime.engine.CoreMemory;
import dev.weft.runtime.engine.CoreValType;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The few {@code wasi_snapshot_preview1} functions a clang/wasi-libc command needs to run a compute benchmark:
 * args, a monotonic clock, fd_write to captured stdout/stderr, proc_exit. Not WASI (that is weft-wasi's job): no
 * files, no environment, no preopens.
 */
final class Preview1Stubs {
    static final String MODULE = "wasi_snapshot_preview1";
    private static final CoreValType I32 = CoreValType.I32;
    private static final CoreValType I64 = CoreValType.I64;
    private static final long ERRNO_SPIPE = 70;
    private static final long ERRNO_BADF = 8;

    /** proc_exit: unwinds the guest with its exit code. */
    static final class Exit extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int code;

        Exit(int code) {
            super("proc_exit(" + code + ")", null, false, false);
            this.code = code;
        }
    }

    final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private final List<String> args;

    Preview1Stubs(List<String> args) {
        this.args = List.copyOf(args);
    }

    CoreImports imports() {
        return CoreImports.builder()
                .function(MODULE, "args_sizes_get", type(List.of(I32, I32), List.of(I32)), (c, a) -> {
                    CoreMemory m = c.memory("memory");
                    m.writeInt((int) a[0], args.size());
                    m.writeInt((int) a[1], args.stream().mapToInt(s -> utf8(s).length + 1).sum());
                    return ok();
                })
                .function(MODULE, "args_get", type(List.of(I32, I32), List.of(I32)), (c, a) -> {
                    CoreMemory m = c.memory("memory");
                    int argv = (int) a[0];
                    int buf = (int) a[1];
                    for (String arg : args) {
                        m.writeInt(argv, buf);
                        argv += 4;
                        byte[] bytes = utf8(arg);
                        m.writeBytes(buf, bytes);
                        m.writeByte(buf + bytes.length, (byte) 0);
                        buf += bytes.length + 1;
                    }
                    return ok();
                })
                .function(MODULE, "clock_time_get", type(List.of(I32, I64, I32), List.of(I32)), (c, a) -> {
                    long now = a[0] == 0 ? System.currentTimeMillis() * 1_000_000L : System.nanoTime();
                    c.memory("memory").writeLong((int) a[2], now);
                    return ok();
                })
                .function(MODULE, "fd_close", type(List.of(I32), List.of(I32)), (c, a) -> ok())
                .function(MODULE, "fd_fdstat_get", type(List.of(I32, I32), List.of(I32)), (c, a) -> {
                    CoreMemory m = c.memory("memory");
                    m.writeBytes((int) a[1], new byte[24]);
                    m.writeByte((int) a[1], (byte) 2); // character device
                    return ok();
                })
                .function(MODULE, "fd_seek", type(List.of(I32, I64, I32, I32), List.of(I32)),
                        (c, a) -> new long[] {ERRNO_SPIPE})
                .function(MODULE, "fd_write", type(List.of(I32, I32, I32, I32), List.of(I32)), this::fdWrite)
                .function(MODULE, "proc_exit", type(List.of(I32), List.of()), (c, a) -> {
                    throw new Exit((int) a[0]);
                })
                .build();
    }

    private long[] fdWrite(CoreInstance caller, long[] a) throws Trap {
        ByteArrayOutputStream out = switch ((int) a[0]) {
            case 1 -> stdout;
            case 2 -> stderr;
            default -> null;
        };
        if (out == null) {
            return new long[] {ERRNO_BADF};
        }
        CoreMemory m = caller.memory("memory");
        int total = 0;
        for (int i = 0; i < (int) a[2]; i++) {
            int base = (int) a[1] + 8 * i;
            int len = m.readInt(base + 4);
            out.writeBytes(m.readBytes(m.readInt(base), len));
            total += len;
        }
        m.writeInt((int) a[3], total);
        return ok();
    }

    private static CoreFuncType type(List<CoreValType> params, List<CoreValType> results) {
        return new CoreFuncType(params, results);
    }

    private static long[] ok() {
        return new long[] {0};
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    String stdoutText() {
        return stdout.toString(StandardCharsets.UTF_8);
    }

    String stderrText() {
        return stderr.toString(StandardCharsets.UTF_8);
    }
}
