package dev.weft.wasi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.component.Component;
import dev.weft.component.types.FuncType;
import dev.weft.component.types.PrimitiveType;
import dev.weft.error.DecodeException;
import dev.weft.error.LinkException;
import dev.weft.error.Trap;
import dev.weft.error.ValidationException;
import dev.weft.runtime.ComponentInstance;
import dev.weft.runtime.Engine;
import dev.weft.runtime.Invocation;
import dev.weft.runtime.Linker;
import dev.weft.testkit.Fixtures;
import dev.weft.value.Val;
import dev.weft.wave.WaveErrorKind;
import dev.weft.wave.WaveException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The library side of the CLI's error table ({@code weft-cli} CliErrorsTest): each bad input is a typed, checked
 * exception whose message says what is wrong and where (offset, import name, WAVE column), never an unchecked
 * exception from deep inside.
 */
class LibraryErrorsTest {
    private static final Engine ENGINE = Engine.builder().withoutDiskCache().build();

    private static byte[] hello() throws Exception {
        return Files.readAllBytes(Fixtures.example("hello.wasm"));
    }

    private static void assertMentions(Exception e, String... fragments) {
        for (String f : fragments) {
            assertTrue(e.getMessage().contains(f), "expected `" + f + "` in: " + e.getMessage());
        }
    }

    @Test
    void emptyInputIsADecodeErrorAtOffsetZero() {
        var e = assertThrows(DecodeException.class, () -> Component.decode(new byte[0]));
        assertMentions(e, "offset 0x0");
    }

    @Test
    void truncatedComponentIsADecodeErrorWithItsOffset() throws Exception {
        byte[] hello = hello();
        var e = assertThrows(DecodeException.class, () -> Component.decode(Arrays.copyOf(hello, hello.length / 2)));
        assertMentions(e, "offset 0x");
    }

    @Test
    void textIsNotWebAssembly() {
        var e = assertThrows(DecodeException.class,
                () -> Component.decode("hello, world".getBytes(StandardCharsets.UTF_8)));
        assertMentions(e, "magic", "offset 0x0");
    }

    @Test
    void coreModuleIsNotAComponent() {
        byte[] core = {0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00};
        var e = assertThrows(DecodeException.class, () -> Component.decode(core));
        assertMentions(e, "core module");
    }

    @Test
    void exportNameThatIsNotKebabCaseIsAValidationError() throws Exception {
        byte[] bytes = hello();
        // the component export: 0x00 (plain name) 0x05 "greet" 0x01 0x00 (sort: component func)
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("\u0000\u0005greet\u0001\u0000") + 2;
        assertTrue(at > 2, "examples/hello.wasm has a component export named greet");
        System.arraycopy("GrEeT".getBytes(StandardCharsets.ISO_8859_1), 0, bytes, at, 5);
        var e = assertThrows(ValidationException.class, () -> Component.decode(bytes));
        assertMentions(e, "GrEeT", "kebab", "offset 0x");
    }

    @Test
    void runningAComponentThatIsNotACommandIsALinkError() throws Exception {
        Component hello = Component.decode(hello());
        var e = assertThrows(LinkException.class,
                () -> WasiCommand.run(ENGINE, hello, WasiContext.builder().build()));
        assertMentions(e, "wasi:cli/run");
    }

    @Test
    void missingImportIsALinkErrorNamingIt() throws Exception {
        Component c = Component.decode(Fixtures.componentBytes("host-import"));
        var e = assertThrows(LinkException.class, () -> new Linker().prepare(ENGINE, c));
        assertMentions(e, "test:host/env");
    }

    @Test
    void mistypedImportIsALinkErrorNamingTheFunction() throws Exception {
        Component c = Component.decode(Fixtures.componentBytes("host-import"));
        Linker linker = new Linker();
        // host-import.wat imports test:host/env with `name: func() -> string`; define it returning u32
        linker.instance("test:host/env")
                .function("log", args -> List.of())
                .function("name", new FuncType(List.of(), Optional.of(PrimitiveType.U32), false),
                        args -> List.of(Val.u32(1)));
        var e = assertThrows(LinkException.class, () -> linker.prepare(ENGINE, c));
        assertMentions(e, "name");
    }

    @Test
    void unknownExportInAnInvocationIsAWaveErrorListingTheExports() throws Exception {
        ComponentInstance instance = new Linker().prepare(ENGINE, Component.decode(hello())).instantiate();
        var e = assertThrows(WaveException.class, () -> Invocation.parse(instance, "nope()"));
        assertEquals(WaveErrorKind.INVALID_NAME, e.kind());
        assertMentions(e, "nope", "exports: greet", "column 1");
    }

    @Test
    void wrongArgumentTypeIsAWaveErrorAtItsColumn() throws Exception {
        ComponentInstance instance = new Linker().prepare(ENGINE, Component.decode(hello())).instantiate();
        var e = assertThrows(WaveException.class, () -> Invocation.parse(instance, "greet(1)"));
        assertEquals(WaveErrorKind.INVALID_TYPE, e.kind());
        assertEquals(7, e.column());
        assertMentions(e, "name", "string");
    }

    @Test
    void callingAnImportStubbedAsATrapIsATrapNamingTheImport() throws Exception {
        Component c = Component.decode(Fixtures.componentBytes("host-import"));
        Linker linker = new Linker().defineUnknownImportsAsTraps(c);
        ComponentInstance instance = linker.prepare(ENGINE, c).instantiate();
        var e = assertThrows(Trap.class, () -> instance.function("run").orElseThrow().invoke(Val.u32(1)));
        assertMentions(e, "test:host/env#log");
    }

    @Test
    void aHostFunctionThatThrowsBecomesATrapNamingIt() throws Exception {
        Component c = Component.decode(Fixtures.componentBytes("host-import"));
        Linker linker = new Linker();
        linker.instance("test:host/env")
                .function("log", args -> {
                    throw new IllegalStateException("log is full");
                })
                .function("name", args -> List.of(Val.string("x")));
        ComponentInstance instance = linker.prepare(ENGINE, c).instantiate();
        var e = assertThrows(Trap.class, () -> instance.function("run").orElseThrow().invoke(Val.u32(1)));
        assertMentions(e, "log", "log is full");
    }
}
