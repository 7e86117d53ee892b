package dev.weft.cli;

import dev.weft.component.inspect.InspectionPrinter;
import dev.weft.component.inspect.Inspector;
import dev.weft.error.WeftException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Show what a component or core module is made of: kind, size, imports and exports with their"
                + " types, nested modules and components, canon options, custom sections.")
final class InspectCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "a .wasm component or core module")
    Path file;

    @Override
    public Integer call() throws IOException, WeftException {
        byte[] bytes = InputFiles.readWasm(file);
        try {
            new InspectionPrinter(System.out).print(file.toString(), Inspector.inspect(bytes));
        } catch (WeftException e) {
            throw InputFiles.inFile(file, e);
        }
        return 0;
    }
}
