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
import dev.weft.runtime.Limits;
import dev.weft.runtime.Linker;
import dev.weft.wasi.Wasi;
import dev.weft.wasi.WasiCommand;
import dev.weft.wasi.WasiContext;
import dev.weft.wave.WaveException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    GuestOptions guest = new GuestOptions();

    @Option(names = "-S", paramLabel = "NAME[=VAL]", description = "a WASI option as in wasmtime: inherit-network, "
            + "allow-ip-name-lookup, tcp[=n], udp[=n]; comma-separated lists allowed")
    List<String> wasiOptions = new ArrayList<>();

    @Option(names = "--allow-tcp", paramLabel = "HOST:PORT", description = "let TCP sockets bind/connect to matching "
            + "addresses: IP, CIDR (10.0.0.0/8), name or *; PORT a number or *; `*` allows all; repeatable")
    List<String> allowTcp = new ArrayList<>();

    @Option(names = "--allow-udp", paramLabel = "HOST:PORT", description = "like --allow-tcp, for UDP sockets")
    List<String> allowUdp = new ArrayList<>();

    @Option(names = "--argv0", paramLabel = "NAME", description = "the program name the guest sees (default: FILE)")
    String argv0;

    @Option(names = "--fuel", paramLabel = "N",
            description = "stop the guest (trap) after about N wasm instructions, as `wasmtime run --fuel`")
    Long fuel;

    @Option(names = "--timeout", paramLabel = "DURATION",
            description = "stop the guest (trap) when a call runs longer than DURATION: 500ms, 2s, 1m")
    String timeout;

    @Option(names = "--max-memory", paramLabel = "BYTES",
            description = "cap the guest's linear memory (all memories together); memory.grow past it fails")
    Long maxMemory;

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
            return GuestStack.run(() -> WasiCommand.run(engine(), component, context));
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

    /** The engine, metering fuel and with default limits when --fuel, --timeout or --max-memory ask for them. */
    private Engine engine() {
        var engine = Engine.builder();
        var limits = Limits.builder();
        if (fuel != null) {
            if (fuel < 0) {
                throw new UserError("--fuel must not be negative, got " + fuel);
            }
            engine.withFuel();
            limits.fuel(fuel);
        }
        if (timeout != null) {
            limits.timeout(duration(timeout));
        }
        if (maxMemory != null) {
            if (maxMemory < 0) {
                throw new UserError("--max-memory must not be negative, got " + maxMemory);
            }
            limits.maxMemoryBytes(maxMemory);
        }
        return engine.withDefaultLimits(limits.build()).build();
    }

    private static Duration duration(String text) {
        var m = java.util.regex.Pattern.compile("(\\d+)(ms|s|m)").matcher(text.strip());
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            throw new UserError("--timeout " + text + ": expected a positive duration like 500ms, 2s or 1m");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            default -> Duration.ofMinutes(n);
        };
    }

    private WasiContext context() {
        var ctx = WasiContext.builder().inheritStdio();
        List<String> argv = new ArrayList<>();
        argv.add(argv0 != null ? argv0 : file.toString());
        argv.addAll(args);
        ctx.args(argv);
        guest.applyTo(ctx);
        WasiOptions.apply(wasiOptions, ctx);
        try {
            allowTcp.forEach(ctx::allowTcp);
            allowUdp.forEach(ctx::allowUdp);
        } catch (IllegalArgumentException e) {
            throw new UserError("--allow-tcp/--allow-udp: " + e.getMessage());
        }
        return ctx.build();
    }


    private Integer invoke(Component component) throws WeftException {
        Linker linker = new Linker();
        Wasi.addToLinker(linker, context());
        if (trapUnknownImports) {
            linker.defineUnknownImportsAsTraps(component);
        }
        InstancePre pre;
        try {
            pre = linker.prepare(engine(), component);
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
