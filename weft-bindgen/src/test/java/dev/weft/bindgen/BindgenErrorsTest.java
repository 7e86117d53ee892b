package dev.weft.bindgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the generator refuses, and how it names things. */
class BindgenErrorsTest {
    @TempDir
    Path dir;

    private List<GeneratedFile> generate(String wit, String world) throws Exception {
        Path file = dir.resolve("world.wit");
        Files.writeString(file, wit);
        return Bindgen.generate(new BindgenOptions(file, Optional.ofNullable(world), "p"));
    }

    @Test
    void unsupportedTypesNameTheFunction() {
        BindgenException e = assertThrows(BindgenException.class, () -> generate("""
                package a:b;
                interface api { wait: func(f: future<u32>); }
                world w { export api; }
                """, null));
        assertEquals("function `wait`: future types are not supported by the Java bindings yet", e.getMessage());
    }

    @Test
    void witErrorsKeepTheirLocation() {
        BindgenException e = assertThrows(BindgenException.class, () -> generate("""
                package a:b;
                world w { export run: func() -> nope; }
                """, null));
        assertTrue(e.getMessage().contains("world.wit:2:"), e.getMessage());
        assertTrue(e.getMessage().contains("nope"), e.getMessage());
    }

    @Test
    void anUnknownWorldIsNamed() {
        BindgenException e = assertThrows(BindgenException.class, () -> generate("""
                package a:b;
                world w { export run: func(); }
                """, "other"));
        assertTrue(e.getMessage().contains("world `other` is not defined in package `a:b`"), e.getMessage());
    }

    @Test
    void badJavaPackageNamesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new BindgenOptions(dir, Optional.empty(), "com.1acme"));
    }

    @Test
    void namesBecomeJavaIdentifiers() throws Exception {
        assertEquals("MyType", JavaNames.pascal("my-type"));
        assertEquals("class_", JavaNames.camel("class"));
        assertEquals("toString_", JavaNames.camel("to-string"));
        assertEquals("READ_WRITE", JavaNames.constant("read-write"));
        assertEquals("\"a\\\"b\"", JavaNames.literal("a\"b"));
        List<GeneratedFile> files = generate("""
                package a:b;
                interface my-api {
                  variant my-api-case { my-api-case, other }
                  record r { class: u32, to-string: string }
                }
                world my-world { export my-api; export run: func(); }
                """, null);
        assertEquals(List.of("p/MyApi.java", "p/MyWorldWorld.java"), files.stream().map(GeneratedFile::relativePath).toList());
        String api = files.get(0).content();
        assertTrue(api.contains("record MyApiCaseCase() implements MyApiCase"), api);
        assertTrue(api.contains("public record R(long class_, String toString_)"), api);
    }
}
