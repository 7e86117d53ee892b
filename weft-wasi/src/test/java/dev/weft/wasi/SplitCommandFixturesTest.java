package dev.weft.wasi;

import dev.weft.runtime.Engine;
import dev.weft.runtime.engine.FunctionSplitting;
import dev.weft.testkit.Fixtures;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The C command fixtures (SHA-256, fannkuch, files, stdio, ...) with "split everything": every function body over
 * 64 bytes has its regions outlined into new functions, recursively, before Endive compiles it. Each case must
 * still give exactly what jco recorded.
 */
class SplitCommandFixturesTest {
    private static final Engine SPLIT_EVERYTHING = Engine.builder().withoutDiskCache()
            .withFunctionSplitting(new FunctionSplitting(64)).build();

    @TestFactory
    Stream<DynamicTest> cFixturesSplitEverywhere() {
        return Fixtures.commandCases().stream()
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> CommandFixturesTest.run(SPLIT_EVERYTHING, c)));
    }
}
