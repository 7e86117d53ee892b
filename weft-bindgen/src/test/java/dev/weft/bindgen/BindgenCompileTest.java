package dev.weft.bindgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.testkit.Fixtures;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generated sources compile (with -Werror-free javac) for the all-types fixture world and a world of every shape. */
class BindgenCompileTest {
    @TempDir
    Path out;

    @Test
    void allTypesWorldCompiles() throws Exception {
        List<Path> files = Bindgen.writeTo(new BindgenOptions(Fixtures.source("js/all-types"),
                Optional.of("all-types"), "test.alltypes"), out.resolve("src"));
        assertEquals(List.of("Host.java", "Api.java", "AllTypesWorld.java"),
                files.stream().map(p -> p.getFileName().toString()).toList());
        compile(files);
    }

    @Test
    void shapesWorldCompiles() throws Exception {
        Path wit = Path.of(getClass().getResource("/wit/shapes").toURI());
        List<Path> files = Bindgen.writeTo(new BindgenOptions(wit, Optional.empty(), "test.shapes"),
                out.resolve("src"));
        compile(files);
        String store = Files.readString(files.get(0));
        assertTrue(store.contains("interface Handle extends AutoCloseable"), store);
    }

    private void compile(List<Path> files) throws Exception {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, null, null)) {
            List<String> options = new ArrayList<>(List.of("-d", out.resolve("classes").toString(), "-Xlint:all",
                    "-Werror", "-classpath", System.getProperty("java.class.path")));
            boolean ok = javac.getTask(null, fm, diagnostics, options, null,
                    fm.getJavaFileObjectsFromFiles(files.stream().map(Path::toFile).toList())).call();
            StringBuilder report = new StringBuilder();
            diagnostics.getDiagnostics().forEach(d -> report.append(d).append(File.separator.equals("/") ? "\n" : "\r\n"));
            assertTrue(ok, report.toString());
        }
    }
}
