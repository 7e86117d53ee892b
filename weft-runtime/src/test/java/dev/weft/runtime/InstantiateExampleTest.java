package dev.weft.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.component.Component;
import dev.weft.error.LinkException;
import dev.weft.value.StringVal;
import dev.weft.value.Val;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class InstantiateExampleTest {
    static Path repo(String path) {
        return Path.of(System.getProperty("weft.repo.root", "..")).resolve(path);
    }

    @Test
    void callsGreetOfTheBundledExample() throws Exception {
        Component component = Component.decode(Files.readAllBytes(repo("examples/hello.wasm")));
        InstancePre pre = new Linker().prepare(Engine.builder().withoutDiskCache().build(), component);
        ComponentInstance instance = pre.instantiate();
        ComponentFunction greet = instance.function("greet").orElseThrow();
        // examples/hello.wat builds "Hello, " + name + "!"
        assertEquals(new StringVal("Hello, world!"), greet.invoke(Val.string("world")).orElseThrow());
        // post-return resets the guest's allocator, so repeated calls keep working
        for (int i = 0; i < 100; i++) {
            assertEquals(new StringVal("Hello, ünïcødé " + i + "!"),
                    greet.invoke(Val.string("ünïcødé " + i)).orElseThrow());
        }
        assertNotSame(instance, pre.instantiate());
    }

    @Test
    void missingImportIsALinkErrorNamingIt() throws Exception {
        Path wasi = Path.of("/work/shared/conformance/wasi-testsuite-p2/c/clock_getres-monotonic.wasm");
        Path shared = repo("../shared/conformance/wasi-testsuite-p2/c/clock_getres-monotonic.wasm");
        Path file = Files.exists(shared) ? shared : wasi;
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(file), "needs ../shared/conformance");
        Component component = Component.decode(Files.readAllBytes(file));
        var error = assertThrows(LinkException.class,
                () -> new Linker().prepare(Engine.builder().withoutDiskCache().build(), component));
        assertTrue(error.getMessage().contains("wasi:cli/exit@0.2.12"), error.getMessage());
    }

    @Test
    void semverCompatibleHostInstanceSatisfiesAnOlderImport() {
        var older = VersionedName.parse("wasi:io/streams@0.2.0").orElseThrow();
        assertTrue(older.isCompatibleWith(VersionedName.parse("wasi:io/streams@0.2.12").orElseThrow()));
        assertTrue(!older.isCompatibleWith(VersionedName.parse("wasi:io/streams@0.3.0").orElseThrow()));
        assertTrue(!older.isCompatibleWith(VersionedName.parse("wasi:io/poll@0.2.0").orElseThrow()));
        assertTrue(VersionedName.parse("a:b/c@1.0.0").orElseThrow()
                .isCompatibleWith(VersionedName.parse("a:b/c@1.4.2").orElseThrow()));
        assertTrue(!VersionedName.parse("a:b/c@0.0.1").orElseThrow()
                .isCompatibleWith(VersionedName.parse("a:b/c@0.0.2").orElseThrow()));
        assertEquals(List.of(), List.of());
    }
}
