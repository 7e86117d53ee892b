package dev.weft.testkit;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Locates the test fixtures of the repository: components built by {@code scripts/build-fixtures.sh} into
 * {@code fixtures/build/}, the committed fixture sources under {@code fixtures/}, and {@code examples/}.
 *
 * <p>The repository root comes from the system property {@value #ROOT_PROPERTY} (set by surefire in the parent
 * pom); without it, the nearest parent directory of the working directory that holds {@code fixtures/package.json}.
 * A missing fixture fails the calling test with a message that says how to build it.
 *
 * <p>Names of built fixtures (see {@code scripts/build-fixtures.sh}): {@code basics}, {@code resources}, … for
 * {@code fixtures/wat/NAME.wat}; {@code c-NAME} for {@code fixtures/c/NAME.c} (plus {@code c-NAME.core.wasm});
 * {@code js-NAME} for {@code fixtures/js/NAME/}; {@code example-NAME} for {@code examples/NAME.wat}.
 */
public final class Fixtures {
    /** System property naming the repository root. */
    public static final String ROOT_PROPERTY = "weft.repo.root";

    private static final String BUILD_HINT = "run scripts/build-fixtures.sh (or ./run-tests) to build the fixtures";

    private Fixtures() {
    }

    /** The repository root; fails the test when it cannot be found. */
    public static Path repoRoot() {
        String property = System.getProperty(ROOT_PROPERTY);
        if (property != null && !property.isBlank()) {
            Path root = Path.of(property).toAbsolutePath().normalize();
            if (Files.isDirectory(root.resolve("fixtures"))) {
                return root;
            }
            fail(ROOT_PROPERTY + "=" + property + " has no fixtures/ folder");
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("fixtures/package.json"))) {
                return dir;
            }
        }
        return fail("cannot find the repository root: set -D" + ROOT_PROPERTY + "=<repo> or run from inside it");
    }

    /** {@code fixtures/build/}, where the built fixtures are. */
    public static Path buildDir() {
        return repoRoot().resolve("fixtures/build");
    }

    /**
     * A file in {@code fixtures/build/}, e.g. {@code fixture("basics.wasm")}, {@code fixture("c-hello.wit")},
     * {@code fixture("js-all-types.reference.json")}; fails the test when it has not been built.
     */
    public static Path fixture(String fileName) {
        Path path = buildDir().resolve(fileName);
        if (!Files.isRegularFile(path)) {
            fail("missing test fixture fixtures/build/" + fileName + ": " + BUILD_HINT);
        }
        return path;
    }

    /** The built component {@code fixtures/build/NAME.wasm}. */
    public static Path component(String name) {
        return fixture(name + ".wasm");
    }

    /** The bytes of the built component {@code fixtures/build/NAME.wasm}. */
    public static byte[] componentBytes(String name) {
        return readBytes(component(name));
    }

    /** What {@code jco wit} printed for the built component NAME ({@code fixtures/build/NAME.wit}). */
    public static String wit(String name) {
        return readString(fixture(name + ".wit"));
    }

    /** A committed source or reference file under {@code fixtures/}, e.g. {@code source("c/hello.expected")}. */
    public static Path source(String relativePath) {
        Path path = repoRoot().resolve("fixtures").resolve(relativePath);
        if (!Files.exists(path)) {
            fail("missing fixture source fixtures/" + relativePath);
        }
        return path;
    }

    /** A committed example, e.g. {@code example("hello.wasm")}. */
    /**
     * Copies examples/app (its manifest and components; {@code counter.wasm} is built by examples/app/build.sh)
     * into {@code dir}, with an empty {@code src} folder for its file mount, and returns the copied weft.toml.
     */
    public static Path copyExampleApp(Path dir) {
        Path app = repoRoot().resolve("examples/app");
        try {
            for (String f : List.of("weft.toml", "home.wasm", "api.wasm", "counter.wasm")) {
                if (!Files.isRegularFile(app.resolve(f))) {
                    fail("missing examples/app/" + f + ": run scripts/build-fixtures.sh (or examples/app/build.sh)");
                }
                Files.copy(app.resolve(f), dir.resolve(f));
            }
            Files.createDirectories(dir.resolve("src"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return dir.resolve("weft.toml");
    }

    public static Path example(String fileName) {
        Path path = repoRoot().resolve("examples").resolve(fileName);
        if (!Files.isRegularFile(path)) {
            fail("missing example examples/" + fileName);
        }
        return path;
    }

    /** The names of all built components (file names in {@code fixtures/build/} ending in .wasm, less core modules). */
    public static List<String> componentNames() {
        Path dir = buildDir();
        if (!Files.isDirectory(dir)) {
            return fail("no fixtures/build/ folder: " + BUILD_HINT);
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".wasm") && !n.endsWith(".core.wasm"))
                    .map(n -> n.substring(0, n.length() - ".wasm".length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("listing " + dir, e);
        }
    }

    /** The C run cases ({@code fixtures/c/CASE.json}) by name. */
    public static List<CommandCase> commandCases() {
        Path dir = repoRoot().resolve("fixtures/c");
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .map(CommandCase::load)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("listing " + dir, e);
        }
    }

    static byte[] readBytes(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + path, e);
        }
    }

    static String readString(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + path, e);
        }
    }
}
