package dev.weft.component.validate;

import dev.weft.component.Component;
import dev.weft.component.types.InstanceType;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real-world components must validate: the 72 wasi-testsuite programs (wasip1 modules turned into
 * {@code wasi:cli/command} components by jco's preview1 adapter). Each must import WASI interfaces as instances.
 */
class RealComponentsValidateTest {
    private static final Path SUITE = WastValidationCasesTest.CONFORMANCE.resolve("wasi-testsuite-p2");

    @TestFactory
    Stream<DynamicTest> wasiTestsuiteComponentsValidate() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(SUITE), "no wasi-testsuite-p2 at " + SUITE);
        return Files.walk(SUITE).filter(p -> p.toString().endsWith(".wasm")).sorted()
                .map(p -> DynamicTest.dynamicTest(SUITE.relativize(p).toString(), () -> {
                    Component c = Component.decode(Files.readAllBytes(p));
                    assertTrue(c.imports().stream().anyMatch(i -> i.name().startsWith("wasi:cli/")
                            && i.type() instanceof InstanceType), "imports wasi:cli instances: " + c.imports());
                    assertTrue(c.exports().stream().anyMatch(e -> e.name().startsWith("wasi:cli/run@")),
                            "exports wasi:cli/run");
                }));
    }
}
