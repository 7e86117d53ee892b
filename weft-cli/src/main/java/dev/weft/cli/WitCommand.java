package dev.weft.cli;

import dev.weft.error.WeftException;
import dev.weft.wit.WitException;
import dev.weft.wit.decode.ComponentWitDecoder;
import dev.weft.wit.decode.DecodedWorld;
import dev.weft.wit.print.WitPrinter;
import dev.weft.wit.resolve.PackageName;
import dev.weft.wit.resolve.WitModel;
import dev.weft.wit.resolve.WitPackage;
import dev.weft.wit.resolve.WitResolver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "wit", mixinStandardHelpOptions = true,
        description = {"Print WIT: the world of a component (.wasm), as `jco wit` / `wasm-tools component wit` do,",
            "or a WIT package read from a .wit file or a directory (with its deps/), resolved and re-printed."})
final class WitCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", description = "a component (.wasm), a .wit file, or a WIT directory")
    Path path;

    @Option(names = "--all", description = "also print the packages the world uses (as nested package blocks)")
    boolean all;

    @Override
    public Integer call() throws IOException, WeftException {
        if (!Files.exists(path)) {
            throw new UserError(path + ": no such file or directory");
        }
        try {
            System.out.print(Files.isDirectory(path) || path.toString().endsWith(".wit") ? printPackage()
                    : printComponentWorld());
        } catch (WitException e) {
            throw new UserError(e.getMessage());
        }
        return 0;
    }

    private String printComponentWorld() throws IOException, WeftException, WitException {
        DecodedWorld decoded = ComponentWitDecoder.decode(InputFiles.component(path));
        return print(decoded.model(), decoded.root());
    }

    private String printPackage() throws IOException, WitException {
        WitResolver resolver = new WitResolver();
        PackageName root = Files.isDirectory(path) ? resolver.addDirectory(path) : resolver.addFile(path);
        return print(resolver.resolve(), root);
    }

    private String print(WitModel model, PackageName root) {
        if (!all) {
            return WitPrinter.print(model, root);
        }
        List<PackageName> others = model.packages().stream().map(WitPackage::name)
                .filter(name -> !name.equals(root)).toList();
        return WitPrinter.printWithNested(model, root, others);
    }
}
