package dev.weft.component.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.component.ast.Component;
import dev.weft.component.ast.ComponentSection;
import dev.weft.component.ast.CoreModuleSection;
import dev.weft.component.ast.Section;
import dev.weft.component.binary.ComponentDecoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A module that validated before (a {@link ValidationMarkers} hit) gets its type from its non-code sections only;
 * that type must equal what full validation derives, for real modules (the wasi-testsuite components: a wasip1
 * program plus jco's preview1 adapter, with imports and exports of every kind).
 */
class CoreModuleTypeWithoutCodeTest {
    private static final Path SUITE = WastValidationCasesTest.CONFORMANCE.resolve("wasi-testsuite-p2");

    @Test
    void typeFromNonCodeSectionsEqualsValidatedType() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(SUITE), "no wasi-testsuite-p2 at " + SUITE);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SUITE)) {
            files = walk.filter(p -> p.toString().endsWith(".wasm")).sorted().limit(8).toList();
        }
        int modules = 0;
        for (Path file : files) {
            for (CoreModuleSection section : modulesOf(ComponentDecoder.decode(Files.readAllBytes(file)))) {
                var validated = CoreModuleValidator.validateUncached(section);
                assertEquals(Optional.of(validated), CoreModuleValidator.typeWithoutCode(section),
                        file + " module at offset " + section.offset());
                modules++;
            }
        }
        assertTrue(modules >= 8, "compared " + modules + " modules");
    }

    private static List<CoreModuleSection> modulesOf(Component component) {
        List<CoreModuleSection> found = new ArrayList<>();
        for (Section section : component.sections()) {
            if (section instanceof CoreModuleSection m) {
                found.add(m);
            } else if (section instanceof ComponentSection c) {
                found.addAll(modulesOf(c.component()));
            }
        }
        return found;
    }
}
