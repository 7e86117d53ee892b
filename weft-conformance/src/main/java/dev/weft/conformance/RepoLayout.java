package dev.weft.conformance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where things are relative to the repository root: the conformance data ({@code ../shared/conformance}), the
 * jco packages ({@code fixtures/node_modules}), the conversion cache ({@code .cache/conformance}) and the
 * baseline.
 */
public record RepoLayout(Path root) {

    /** The root from the {@code weft.repo.root} system property, else the first parent of the working directory
     *  that holds {@code weft-conformance/pom.xml}. */
    public static RepoLayout locate() {
        String property = System.getProperty("weft.repo.root");
        if (property != null && !property.isBlank()) {
            return new RepoLayout(Path.of(property).toAbsolutePath().normalize());
        }
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("weft-conformance/pom.xml"))) {
                return new RepoLayout(p);
            }
        }
        return new RepoLayout(dir);
    }

    /**
     * {@code <root>/../shared/conformance}; in a git worktree whose own {@code ../shared} does not exist, the one
     * next to the main checkout.
     */
    public Path conformanceRoot() {
        Path own = root.resolve("../shared/conformance").normalize();
        if (Files.isDirectory(own)) {
            return own;
        }
        return mainCheckout().map(main -> main.resolve("../shared/conformance").normalize())
                .filter(Files::isDirectory).orElse(own);
    }

    /** For a git worktree ({@code .git} is a file naming its git dir), the main checkout's folder. */
    private Optional<Path> mainCheckout() {
        Path dotGit = root.resolve(".git");
        if (!Files.isRegularFile(dotGit)) {
            return Optional.empty();
        }
        try {
            String line = Files.readString(dotGit).strip();
            if (!line.startsWith("gitdir:")) {
                return Optional.empty();
            }
            Path gitDir = root.resolve(line.substring("gitdir:".length()).strip()).normalize();
            Path commonDirFile = gitDir.resolve("commondir");
            Path commonDir = Files.isRegularFile(commonDirFile)
                    ? gitDir.resolve(Files.readString(commonDirFile).strip()).normalize() : gitDir;
            return Optional.ofNullable(commonDir.getParent());
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }

    public Path nodeModules() {
        return root.resolve("fixtures/node_modules");
    }

    public Path cache() {
        return root.resolve(".cache/conformance");
    }

    public Path baseline() {
        return root.resolve("weft-conformance/src/test/resources/baseline.txt");
    }

    /** The conformance root if it exists. */
    public Optional<Path> existingConformanceRoot() {
        Path dir = conformanceRoot();
        return Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
    }
}
