package dev.weft.cli;

import dev.weft.component.Component;
import dev.weft.error.WeftException;
import dev.weft.runtime.ComponentInstance;
import dev.weft.runtime.Engine;
import dev.weft.runtime.Invocation;
import dev.weft.runtime.Linker;
import dev.weft.wave.WaveException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a component: call an export given in WAVE with --invoke (as `wasmtime run --invoke`).")
final class RunCommand implements Callable<Integer> {

    @Option(names = "--invoke", paramLabel = "CALL",
            description = "the export to call, in WAVE: 'greet(\"world\")', 'iface.f(1)', 'ns:pkg/iface.f(1)'")
    String invoke;

    @Option(names = "--trap-unknown-imports",
            description = "define every import the host lacks as a function that traps when called")
    boolean trapUnknownImports;

    @Parameters(index = "0", paramLabel = "FILE", description = "the component (.wasm)")
    Path file;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "arguments for the program")
    List<String> args = List.of();

    @Override
    public Integer call() throws IOException, WeftException {
        Component component = Component.decode(InputFiles.read(file));
        if (invoke == null) {
            throw new UserError("running `wasi:cli/run` needs the WASI host, which is not built yet;"
                    + " call an export with --invoke 'name(args…)'");
        }
        Linker linker = new Linker();
        if (trapUnknownImports) {
            linker.defineUnknownImportsAsTraps(component);
        }
        var pre = linker.prepare(Engine.create(), component);
        String result = GuestStack.run(() -> {
            ComponentInstance instance = pre.instantiate();
            try {
                return Invocation.parse(instance, invoke).run();
            } catch (WaveException e) {
                throw new UserError("--invoke: " + e.getMessage());
            } catch (IllegalArgumentException e) {
                throw new UserError("--invoke: " + e.getMessage());
            }
        });
        System.out.println(result);
        return 0;
    }
}
