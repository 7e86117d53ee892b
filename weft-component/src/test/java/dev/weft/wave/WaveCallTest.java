package dev.weft.wave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.component.types.FuncType;
import dev.weft.component.types.FuncType.Param;
import dev.weft.component.types.OptionType;
import dev.weft.component.types.PrimitiveType;
import dev.weft.component.types.ValueType;
import dev.weft.value.OptionVal;
import dev.weft.value.StringVal;
import dev.weft.value.U8Val;
import dev.weft.value.Val;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Function-call syntax as {@code wasmtime run --invoke} takes it (docs/cli-options.md; wasm-wave tests/ui
 * accept-funcs, reject-funcs, accept-comments, reject-comments; README "Function calls").
 */
class WaveCallTest {
    private static FuncType func(String... paramTypes) {
        List<Param> params = new java.util.ArrayList<>();
        for (int i = 0; i < paramTypes.length; i++) {
            params.add(new Param("p" + i, TestTypes.parse(paramTypes[i])));
        }
        return new FuncType(params, Optional.empty(), false);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nullary()                          | nullary                   | ",
        "string(\"\")                       | string                    | ",
        "ui.string(\"\")                    | ui.string                 | ui",
        "ui:tests/ui.nullary()              | ui:tests/ui.nullary       | ui:tests/ui",
        "ui:tests/ui.string@0.1.0(\"\")     | ui:tests/ui.string@0.1.0  | ui:tests/ui@0.1.0",
        "wasi:cli/run.run@0.2.0()           | wasi:cli/run.run@0.2.0    | wasi:cli/run@0.2.0",
        "initialize()                       | initialize                | ",
        "add(1, 2)                          | add                       | ",
        "f-1-A(1)                           | f-1-A                     | ",
        "wasi:http/handler.handle@0.3.0-rc-2025-09-16() | wasi:http/handler.handle@0.3.0-rc-2025-09-16 | wasi:http/handler@0.3.0-rc-2025-09-16",
    })
    void parsesNames(String text, String name, String instance) throws WaveException {
        WaveCall call = WaveParser.parseCall(text);
        assertEquals(name, call.target().toString());
        assertEquals(Optional.ofNullable(instance), call.target().instanceName());
    }

    @Test
    void nameParts() throws WaveException {
        WaveCallTarget t = WaveParser.parseCall("my:pkg/iface.do-it@1.2.3(1)").target();
        assertEquals(Optional.of("my"), t.namespace());
        assertEquals(Optional.of("pkg"), t.packageName());
        assertEquals(Optional.of("iface"), t.interfaceName());
        assertEquals("do-it", t.function());
        assertEquals(Optional.of("1.2.3"), t.version());
    }

    @Test
    void typesArguments() throws WaveException {
        WaveCall call = WaveParser.parseCall("initialize(\"Pi\", 3.14)");
        List<Val> args = WaveParser.typeArguments(call, func("string", "f64"));
        assertEquals(List.of(new StringVal("Pi"), new dev.weft.value.F64Val(3.14)), args);
        assertEquals("(\"Pi\", 3.14)", WavePrinter.printArguments(func("string", "f64"), args));
    }

    @Test
    void untypedArgumentsAreKeptApartFromTyping() throws WaveException {
        WaveCall call = WaveParser.parseCall("f(x, [1], some(2))");
        assertTrue(call.arguments().get(0) instanceof UntypedValue.LabelNode l && l.name().equals("x"));
        assertTrue(call.arguments().get(1) instanceof UntypedValue.ListNode);
        assertTrue(call.arguments().get(2) instanceof UntypedValue.SomeNode);
        assertEquals(new WaveSpan(1, 18), call.argsSpan());
    }

    @Test
    void trailingOptionsMayBeOmitted() throws WaveException {
        FuncType f = func("option<u8>", "option<u8>", "option<u8>");
        OptionVal none = new OptionVal(Optional.empty());
        OptionVal one = new OptionVal(Optional.of(new U8Val(1)));
        List<Val> all = List.of(one, none, none);
        assertEquals(all, WaveParser.typeArguments(WaveParser.parseCall("f(some(1))"), f));
        assertEquals(all, WaveParser.typeArguments(WaveParser.parseCall("f(some(1), none)"), f));
        assertEquals(all, WaveParser.typeArguments(WaveParser.parseCall("f(some(1), none, none)"), f));
        // Weft follows the spec here; wasm-wave's to_wasm_params rejects an empty argument list outright.
        assertEquals(List.of(none, none, none), WaveParser.typeArguments(WaveParser.parseCall("f()"), f));
    }

    @Test
    void commentsAroundArguments() throws WaveException {
        String text = """
                basic-record(       // comment
                  {                 // comment
                    required: 1,    // comment
                    optional: some( // comment
                      1             // comment
                    ),              // comment
                  }                 // comment
                )                   // comment""";
        ValueType rec = TestTypes.parse("record{required: u8, optional: option<u8>}");
        FuncType f = new FuncType(List.of(new Param("rec", rec)), Optional.empty(), false);
        List<Val> args = WaveParser.typeArguments(WaveParser.parseCall(text), f);
        assertEquals("{required: 1, optional: some(1)}", WavePrinter.print(rec, args.get(0)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // wasm-wave reject-comments: the comment swallows the closing parenthesis
        "basic-record(// { required: 1 })   | UNEXPECTED_END   | 32",
        "basic-record({ required: 1 } // )  | UNEXPECTED_END   | 33",
        // wasm-wave reject-lists (offsets as in its .out file)
        "list-strings([,])                  | UNEXPECTED_TOKEN | 14",
        "list-strings([))                   | UNEXPECTED_TOKEN | 14",
        "list-strings((])                   | UNEXPECTED_TOKEN | 14",
        // wasm-wave reject-options
        "option-u8(some)                    | UNEXPECTED_TOKEN | 14",
        "option-u8(none())                  | UNEXPECTED_TOKEN | 14",
        // wasm-wave reject-floats
        "f32(NaN)                           | UNEXPECTED_TOKEN | 5",
        "f64(-infinity)                     | UNEXPECTED_TOKEN | 8",
        // names
        "[method]r.m(1)                     | INVALID_NAME     | 0",
        "(1)                                | INVALID_NAME     | 0",
        "f.(1)                              | INVALID_NAME     | 2",
        "ns:pkg(1)                          | INVALID_NAME     | 6",
        "ui.string@0.1.0(\"\")              | INVALID_NAME     | 9",
        "ns:pkg/f@1.0(1)                    | INVALID_NAME     | 9",
        "ns:pkg/f@01.0.0(1)                 | INVALID_NAME     | 9",
        "f                                  | UNEXPECTED_END   | 1",
        "f 1                                | UNEXPECTED_TOKEN | 2",
        "f(1) x                             | TRAILING_CHARACTERS | 5",
        "f(1,,)                             | UNEXPECTED_TOKEN | 4",
    })
    void rejectsCalls(String text, WaveErrorKind kind, int offset) {
        WaveException e = assertThrows(WaveException.class, () -> WaveParser.parseCall(text));
        assertEquals(kind, e.kind(), e.getMessage());
        assertEquals(offset, e.offset(), e.getMessage());
    }

    @Test
    void tooManyArguments() throws WaveException {
        // wasm-wave reject-funcs: nullary("") -> "more param(s) than expected at 8..10"
        WaveException e = assertThrows(WaveException.class,
                () -> WaveParser.typeArguments(WaveParser.parseCall("nullary(\"\")"), func()));
        assertEquals(WaveErrorKind.INVALID_PARAMS, e.kind());
        assertEquals(new WaveSpan(8, 10), e.span());
        e = assertThrows(WaveException.class,
                () -> WaveParser.typeArguments(WaveParser.parseCall("ui.nullary(\"\")"), func()));
        assertEquals(new WaveSpan(11, 13), e.span());
    }

    @Test
    void missingArgumentPointsAtClosingParenthesis() throws WaveException {
        WaveException e = assertThrows(WaveException.class,
                () -> WaveParser.typeArguments(WaveParser.parseCall("add(1)"), func("u8", "u8")));
        assertEquals(WaveErrorKind.INVALID_PARAMS, e.kind());
        assertEquals(new WaveSpan(5, 6), e.span());
        assertEquals("invalid params: missing argument `p1` of type u8 (at column 6)", e.getMessage());
        e = assertThrows(WaveException.class,
                () -> WaveParser.typeArguments(WaveParser.parseCall("string()"), func("string")));
        assertEquals(WaveErrorKind.INVALID_PARAMS, e.kind());
    }

    @Test
    void argumentTypeErrorsPointIntoTheCall() throws WaveException {
        WaveCall call = WaveParser.parseCall("greet(1, \"x\")");
        WaveException e = assertThrows(WaveException.class,
                () -> WaveParser.typeArguments(call, func("u8", "u8")));
        assertEquals(WaveErrorKind.INVALID_TYPE, e.kind());
        assertEquals(10, e.column());
        assertEquals("invalid value type: argument `p1`: expected u8, got string literal (at column 10)",
                e.getMessage());
    }

    @Test
    void optionTypeParam() throws WaveException {
        FuncType f = new FuncType(List.of(new Param("a", PrimitiveType.U8),
                new Param("b", new OptionType(PrimitiveType.STRING))), Optional.empty(), false);
        assertEquals(List.of(new U8Val(7), new OptionVal(Optional.of(new StringVal("s")))),
                WaveParser.typeArguments(WaveParser.parseCall("f(7, \"s\")"), f));
    }
}
