package dev.weft.cli;

import dev.weft.component.Component;
import dev.weft.component.types.FuncType;
import dev.weft.component.types.NamedExtern;
import dev.weft.error.LinkException;
import dev.weft.error.Trap;
import dev.weft.error.WeftException;
import dev.weft.runtime.ComponentInstance;
import dev.weft.runtime.Engine;
import dev.weft.runtime.InstancePre;
import dev.weft.runtime.Invocation;
import dev.weft.runtime.Linker;
import dev.weft.wasi.Wasi;
import dev.weft.wasi.WasiCommand;
import dev.weft.wasi.WasiContext;
import dev.weft.wave.WaveException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run a WASI command component (its `wasi:cli/run` export), or call an export given in WAVE "
                + "with --invoke (as `wasmtime run`).",
                "The guest's exit status becomes weft's exit status; a trap prints one line and exits with 1.",
                "Put `--` before program arguments that start with `-`."})
final class RunCommand implements Callable<Integer> {

    @Option(names = "--invoke", paramLabel = "CALL",
            description = "the export to call, in WAVE: 'greet(\"world\")', 'iface.f(1)', 'ns:pkg/iface.f(1)'")
    String invoke;

    @Option(names = "--trap-unknown-imports",
            description = "define every import the host lacks as a function that traps when called")
    boolean trapUnknownImports;

    @Option(names = "--dir", paramLabel = "HOST[::GUEST]",
            description = "preopen host folder HOST as GUEST (default: HOST itself); repeatable")
    List<String> dirs = new ArrayList<>();

    @Option(names = "--dir-ro", paramLabel = "HOST[::GUEST]",
            description = "like --dir, but read-only: the guest cannot change anything below it")
    List<String> readOnlyDirs = new ArrayList<>();

    @Option(names = "--env", paramLabel = "NAME[=VAL]",
            description = "set an environment variable for the guest; without =VAL, pass the host's value on")
    List<String> env = new ArrayList<>();

    @Option(names = "--inherit-env", description = "pass the whole host environment to the guest")
    boolean inheritEnv;

    @Option(names = "--argv0", paramLabel = "NAME", description = "the program name the guest sees (default: FILE)")
    String argv0;

    @Parameters(index = "0", paramLabel = "FILE", description = "the component (.wasm)")
    Path file;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "arguments for the program")
    List<String> args = List.of();

    @Override
    public Integer call() throws IOException, WeftException {
        Component component = InputFiles.component(file);
        if (invoke != null) {
            return invoke(component);
        }
        requireCommand(component);
        WasiContext context = context();
        try {
            return GuestStack.run(() -> WasiCommand.run(Engine.create(), component, context));
        } catch (LinkException e) {
            throw withHint(e);
        }
    }

    /** Without --invoke the component must be a WASI command: say so, and what to call instead. */
    private void requireCommand(Component component) {
        List<String> exports = component.exports().stream().map(NamedExtern::name).toList();
        if (exports.stream().noneMatch(name -> name.startsWith("wasi:cli/run@"))) {
            String example = component.exports().stream().filter(e -> e.type() instanceof FuncType)
                    .map(e -> " (e.g. --invoke '" + e.name() + "(...)')").findFirst().orElse("");
            throw new UserError(file + ": is not a WASI command (it exports no `wasi:cli/run`); call one of its exports"
                    + " with --invoke" + example + "; exports: " + (exports.isEmpty() ? "none" : String.join(", ", exports)));
        }
    }

    /** A missing import: weft's host has WASI 0.2 only, so say how to run anyway. */
    private UserError withHint(LinkException e) {
        String hint = !trapUnknownImports && e.getMessage().startsWith("missing import")
                ? "; weft provides WASI 0.2 only: pass --trap-unknown-imports to run anyway (calls to it then trap)"
                : "";
        return new UserError(ErrorReporter.describe(e) + hint);
    }

    private WasiContext context() {
        var ctx = WasiContext.builder().inheritStdio();
        List<String> argv = new ArrayList<>();
        argv.add(argv0 != null ? argv0 : file.toString());
        argv.addAll(args);
        ctx.args(argv);
        if (inheritEnv) {
            ctx.inheritEnv();
        }
        for (String e : env) {
            int eq = e.indexOf('=');
            if (eq < 0) {
                String value = System.getenv(e);
                if (value != null) {
                    ctx.env(e, value);
                }
            } else {
                ctx.env(e.substring(0, eq), e.substring(eq + 1));
            }
        }
        for (String d : dirs) {
            preopen(ctx, d, false);
        }
        for (String d : readOnlyDirs) {
            preopen(ctx, d, true);
        }
        return ctx.build();
    }

    private static void preopen(WasiContext.Builder ctx, String spec, boolean readOnly) {
        int sep = spec.indexOf("::");
        String host = sep < 0 ? spec : spec.substring(0, sep);
        String guest = sep < 0 ? spec : spec.substring(sep + 2);
        Path hostPath = Path.of(host);
        if (!Files.isDirectory(hostPath)) {
            throw new UserError("--dir " + spec + ": " + host + " is not a folder");
        }
        ctx.preopenDir(hostPath, guest, readOnly);
    }

    private Integer invoke(Component component) throws WeftException {
        Linker linker = new Linker();
        Wasi.addToLinker(linker, context());
        if (trapUnknownImports) {
            linker.defineUnknownImportsAsTraps(component);
        }
        InstancePre pre;
        try {
            pre = linker.prepare(Engine.create(), component);
        } catch (LinkException e) {
            throw withHint(e);
        }
        String result = GuestStack.run(() -> {
            ComponentInstance instance = pre.instantiate();
            Invocation call;
            try {
                call = Invocation.parse(instance, invoke);
            } catch (WaveException e) {
                throw new UserError("--invoke: " + e.getMessage());
            }
            try {
                return call.run();
            } catch (Trap e) {
                throw new UserError("guest trapped in `" + call.function().name() + "`: " + ErrorReporter.trap(e));
            }
        });
        System.out.println(result);
        return 0;
    }
}
