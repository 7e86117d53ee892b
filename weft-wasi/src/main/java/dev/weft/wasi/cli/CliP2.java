package dev.weft.wasi.cli;

import static dev.weft.wasi.WasiVals.one;

import dev.weft.runtime.HostResource;
import dev.weft.runtime.Linker;
import dev.weft.value.ListVal;
import dev.weft.value.ResultVal;
import dev.weft.value.StringVal;
import dev.weft.value.U8Val;
import dev.weft.value.Val;
import dev.weft.wasi.WasiExit;
import dev.weft.wasi.WasiVals;
import dev.weft.wasi.io.HostInputStream;
import dev.weft.wasi.io.HostOutputStream;
import dev.weft.wasi.io.IoResources;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** WASI 0.2 glue for {@code wasi:cli}: environment, exit, stdio and (absent) terminals. */
public final class CliP2 {
    private CliP2() {
    }

    /** A terminal handle; this host never reports one, so these exist only as types. */
    public static final class Terminal {
        private Terminal() {
        }
    }

    public static void define(Linker linker, String version, IoResources io, CliEnvironment cli) {
        linker.instance("wasi:cli/environment@" + version)
                .function("get-environment", args -> one(environment(cli.env())))
                .function("get-arguments", args -> one(strings(cli.args())))
                .function("initial-cwd", args -> one(cli.initialCwd().<Val>map(c -> WasiVals.some(new StringVal(c)))
                        .orElse(WasiVals.none())));
        linker.instance("wasi:cli/exit@" + version)
                .function("exit", args -> {
                    boolean ok = args.get(0) instanceof ResultVal r && r.isOk();
                    throw new WasiExit(ok ? 0 : 1).asTrap();
                })
                .function("exit-with-code", args -> {
                    int code = args.get(0) instanceof U8Val c ? c.value() : 1;
                    throw new WasiExit(code).asTrap();
                });
        HostInputStream stdin = cli.stdin();
        HostOutputStream stdout = cli.stdout();
        HostOutputStream stderr = cli.stderr();
        linker.instance("wasi:cli/stdin@" + version).function("get-stdin", a -> one(io.inputStream().own(stdin)));
        linker.instance("wasi:cli/stdout@" + version).function("get-stdout", a -> one(io.outputStream().own(stdout)));
        linker.instance("wasi:cli/stderr@" + version).function("get-stderr", a -> one(io.outputStream().own(stderr)));
        linker.instance("wasi:cli/terminal-input@" + version)
                .resource("terminal-input", HostResource.of("terminal-input", Terminal.class));
        linker.instance("wasi:cli/terminal-output@" + version)
                .resource("terminal-output", HostResource.of("terminal-output", Terminal.class));
        linker.instance("wasi:cli/terminal-stdin@" + version)
                .function("get-terminal-stdin", a -> one(WasiVals.none()));
        linker.instance("wasi:cli/terminal-stdout@" + version)
                .function("get-terminal-stdout", a -> one(WasiVals.none()));
        linker.instance("wasi:cli/terminal-stderr@" + version)
                .function("get-terminal-stderr", a -> one(WasiVals.none()));
    }

    private static Val strings(List<String> values) {
        List<Val> out = new ArrayList<>();
        for (String s : values) {
            out.add(new StringVal(s));
        }
        return new ListVal(out);
    }

    private static Val environment(Map<String, String> env) {
        List<Val> out = new ArrayList<>();
        env.forEach((k, v) -> out.add(WasiVals.tuple(new StringVal(k), new StringVal(v))));
        return new ListVal(out);
    }
}
