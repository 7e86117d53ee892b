package dev.weft.cli;

import dev.weft.component.Component;
import dev.weft.component.binary.ComponentDecoder;
import dev.weft.component.inspect.InspectionPrinter;
import dev.weft.component.inspect.Inspector;
import dev.weft.error.WeftException;
import dev.weft.runtime.CompiledModule;
import dev.weft.runtime.Engine;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Show what a component or core module is made of: kind, size, imports and exports with their"
                + " types, nested modules and components, canon options, custom sections.")
final class InspectCommand implements Callable<Integer> {

    @Option(names = "--compile", description = "also compile the component's core modules (or load them from the "
            + "disk cache) and show, per module, where the code came from, how long it took, and which functions "
            + "are too large for a JVM method and run in the interpreter")
    boolean compile;

    @Parameters(paramLabel = "FILE", description = "a .wasm component or core module")
    Path file;

    @Override
    public Integer call() throws IOException, WeftException {
        byte[] bytes = InputFiles.readWasm(file);
        try {
            new InspectionPrinter(System.out).print(file.toString(), Inspector.inspect(bytes));
            if (compile) {
                if (ComponentDecoder.isCoreModule(bytes)) {
                    throw new UserError(file + ": --compile needs a component, this is a core module");
                }
                printCompiled(System.out, Engine.create().compile(Component.decode(bytes)));
            }
        } catch (WeftException e) {
            throw InputFiles.inFile(file, e);
        }
        return 0;
    }

    /** One line per core module: {@code module 0 sha256:0123456789ab: compiled in 1.2 s; 2 functions ...}. */
    static void printCompiled(PrintStream out, List<CompiledModule> modules) {
        out.println();
        out.println("compiled code (" + modules.size() + " core module" + (modules.size() == 1 ? "" : "s") + "):");
        for (CompiledModule m : modules) {
            String how = switch (m.source()) {
                case COMPILED -> "compiled to JVM bytecode";
                case DISK_CACHE -> "loaded from the disk cache";
                case MEMORY_CACHE -> "reused from memory";
            };
            String interpreted = m.interpretedFunctions().isEmpty() ? "all functions compiled"
                    : m.interpretedFunctions().size() + " function(s) too large for a JVM method run in the "
                            + "interpreter: " + String.join(", ", m.interpretedFunctions());
            out.println("  module " + m.index() + " sha256:" + m.sha256().substring(0, 12) + ": " + how + " in "
                    + m.loadTime().toMillis() + " ms; " + interpreted);
        }
    }
}
