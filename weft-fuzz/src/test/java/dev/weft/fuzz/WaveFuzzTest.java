package dev.weft.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.weft.component.types.FuncType;
import dev.weft.component.types.ValueType;
import dev.weft.value.Val;
import dev.weft.wave.WaveCall;
import dev.weft.wave.WaveException;
import dev.weft.wave.WaveParser;
import dev.weft.wave.WavePrinter;
import dev.weft.wit.WitException;
import dev.weft.wit.resolve.Interface;
import dev.weft.wit.resolve.PackageName;
import dev.weft.wit.resolve.TypeOwner;
import dev.weft.wit.resolve.TypeRef;
import dev.weft.wit.resolve.WitModel;
import dev.weft.wit.resolve.WitResolver;
import dev.weft.wit.resolve.WitType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Target (c): the WAVE parser, typed by a type that comes with the input. An input is
 * <pre>
 *   WIT interface items (type {@code t}, optionally function {@code f})
 *   %%
 *   WAVE text
 * </pre>
 * The WAVE text is parsed untyped, as a value of {@code t}, and as a call typed against {@code f} (as
 * {@code weft run --invoke} does). Properties: only documented errors, and a value that parses prints back
 * (with {@link WavePrinter}) to text that parses to an equal value. Without {@code %%} the whole input is WAVE,
 * parsed untyped and as a call.
 */
class WaveFuzzTest {
    private static final String SEPARATOR = "\n%%\n";

    @FuzzTest(maxDuration = "5m")
    void parseTyped(byte[] bytes) throws Throwable {
        Budgeted.run(() -> parseTypedNow(bytes), Budgeted.PARSE_MILLIS, 1_000, Budgeted.PARSER_STACK_BYTES);
    }

    private static void parseTypedNow(byte[] bytes) {
        String input = new String(bytes, StandardCharsets.UTF_8);
        int sep = input.indexOf(SEPARATOR);
        String wave = sep < 0 ? input : input.substring(sep + SEPARATOR.length());
        Documented.outcome(() -> WaveParser.parseUntyped(wave));
        Documented.outcome(() -> WaveParser.parseCall(wave));
        if (sep < 0) {
            return;
        }
        Optional<Types> types = types(input.substring(0, sep));
        if (types.isEmpty()) {
            return;
        }
        types.get().value().ifPresent(t -> Documented.outcome(() -> roundTrip(t, wave)));
        types.get().func().ifPresent(f -> Documented.outcome(() -> roundTripCall(f, wave)));
    }

    private static void roundTrip(ValueType type, String wave) throws WaveException {
        Val val = WaveParser.parse(type, wave);
        String printed = WavePrinter.print(type, val);
        assertEquals(val, reparse(type, printed), () -> "`" + wave + "` printed as `" + printed + "` reads back differently");
    }

    private static Val reparse(ValueType type, String printed) {
        try {
            return WaveParser.parse(type, printed);
        } catch (WaveException e) {
            throw new AssertionError("printed WAVE `" + printed + "` does not parse: " + e.getMessage(), e);
        }
    }

    private static void roundTripCall(FuncType func, String wave) throws WaveException {
        WaveCall call = WaveParser.parseCall(wave);
        List<Val> args = WaveParser.typeArguments(call, func);
        String printed = call.target() + WavePrinter.printArguments(func, args);
        List<Val> again;
        try {
            again = WaveParser.typeArguments(WaveParser.parseCall(printed), func);
        } catch (WaveException e) {
            throw new AssertionError("printed call `" + printed + "` does not parse: " + e.getMessage(), e);
        }
        assertEquals(args, again, () -> "`" + wave + "` printed as `" + printed + "` reads back differently");
    }

    /** The type {@code t} and function {@code f} of the WIT part, when it resolves. */
    private record Types(Optional<ValueType> value, Optional<FuncType> func) {
    }

    private static Optional<Types> types(String witItems) {
        try {
            WitResolver resolver = new WitResolver();
            PackageName pkg = resolver.addSource("types.wit",
                    "package fuzz:wave;\ninterface types {\n" + witItems + "\n}\n");
            WitModel model = resolver.resolve();
            Interface iface = model.pkg(pkg).flatMap(p -> p.iface("types")).orElseThrow();
            Optional<ValueType> value = iface.type("t").map(def -> model.toValueType(
                    new WitType.Named(new TypeRef(new TypeOwner.OfInterface(iface.ref()), "t"))));
            Optional<FuncType> func = iface.function("f").map(model::toFuncType);
            return Optional.of(new Types(value, func));
        } catch (WitException e) {
            Documented.requireMessage(e);
            return Optional.empty();
        }
    }
}
