package dev.weft.conformance.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds the component {@code .wast} suites below a conformance root (normally {@code ../shared/conformance}): the
 * folders {@link #SUITES}, every {@code .wast} below them, and the scripts their {@code nyi.txt} lists.
 */
public final class SuiteLocator {
    public static final List<String> SUITES = List.of("component-model", "wasmtime-component-model");

    private final Path root;

    public SuiteLocator(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /**
     * Every script selected by {@code filter}: a suite, folder or file id (e.g. {@code component-model/values}), or
     * a trailing or inner part of one (e.g. {@code values/strings.wast}, {@code values}); all scripts for an empty
     * filter. Sorted by id.
     */
    public List<ScriptFile> scripts(String filter) throws IOException {
        String prefix = normalise(filter);
        List<ScriptFile> files = new ArrayList<>();
        for (String suite : SUITES) {
            Path dir = root.resolve(suite);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(p -> p.getFileName().toString().endsWith(".wast") && Files.isRegularFile(p))
                        .map(p -> new ScriptFile(root.relativize(p).toString().replace('\\', '/'), p))
                        .filter(f -> matches(f.id(), prefix))
                        .forEach(files::add);
            }
        }
        files.sort((a, b) -> a.id().compareTo(b.id()));
        return files;
    }

    /**
     * A filter that names an existing file or folder inside the conformance root (e.g. a tab-completed
     * {@code ../shared/conformance/component-model/values}) becomes its path below the root; anything else is
     * returned unchanged.
     */
    public String filterFor(String filter) {
        try {
            Path path = Path.of(filter);
            if (filter.isBlank() || !Files.exists(path)) {
                return filter;
            }
            Path real = path.toRealPath();
            Path realRoot = root.toRealPath();
            return real.startsWith(realRoot) ? realRoot.relativize(real).toString().replace('\\', '/') : filter;
        } catch (IOException | java.nio.file.InvalidPathException e) {
            return filter;
        }
    }

    private static boolean matches(String id, String prefix) {
        return prefix.isEmpty() || id.equals(prefix) || id.startsWith(prefix + "/") || id.endsWith("/" + prefix)
                || id.contains("/" + prefix + "/");
    }

    private static String normalise(String filter) {
        String f = filter.strip().replace('\\', '/');
        while (f.startsWith("./")) {
            f = f.substring(2);
        }
        while (f.endsWith("/")) {
            f = f.substring(0, f.length() - 1);
        }
        return f;
    }

    /** Script ids listed in the suites' {@code nyi.txt} files (lines like {@code ./validation/x.wast}). */
    public Set<String> notYetImplemented() throws IOException {
        Set<String> ids = new HashSet<>();
        for (String suite : SUITES) {
            Path nyi = root.resolve(suite).resolve("nyi.txt");
            if (!Files.isRegularFile(nyi)) {
                continue;
            }
            for (String line : Files.readAllLines(nyi, StandardCharsets.UTF_8)) {
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                ids.add(suite + "/" + (entry.startsWith("./") ? entry.substring(2) : entry));
            }
        }
        return ids;
    }
}
