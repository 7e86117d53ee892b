package dev.weft.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepoLayoutTest {

    @Test
    void sharedConformanceNextToTheRepository(@TempDir Path dir) throws Exception {
        Path repo = Files.createDirectories(dir.resolve("main"));
        Path data = Files.createDirectories(dir.resolve("shared/conformance"));
        RepoLayout layout = new RepoLayout(repo);
        assertEquals(Optional.of(data), layout.existingConformanceRoot());
        assertEquals(repo.resolve("fixtures/node_modules"), layout.nodeModules());
        assertEquals(repo.resolve(".cache/conformance"), layout.cache());
        assertEquals(repo.resolve("weft-conformance/src/test/resources/baseline.txt"), layout.baseline());
    }

    @Test
    void gitWorktreeFallsBackToTheMainCheckoutsNeighbour(@TempDir Path dir) throws Exception {
        Path data = Files.createDirectories(dir.resolve("shared/conformance"));
        Path gitDir = Files.createDirectories(dir.resolve("main/.git/worktrees/feature"));
        Files.writeString(gitDir.resolve("commondir"), "../..\n");
        Path worktree = Files.createDirectories(dir.resolve("wt/feature"));
        Files.writeString(worktree.resolve(".git"), "gitdir: " + gitDir + "\n");
        assertEquals(Optional.of(data), new RepoLayout(worktree).existingConformanceRoot());
    }

    @Test
    void missingDataIsReportedAsAbsent(@TempDir Path dir) throws Exception {
        RepoLayout layout = new RepoLayout(Files.createDirectories(dir.resolve("lonely")));
        assertTrue(layout.existingConformanceRoot().isEmpty());
        assertEquals(dir.resolve("shared/conformance"), layout.conformanceRoot());
    }
}
