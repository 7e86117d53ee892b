package dev.weft.wave;

import dev.weft.component.types.FuncType;
import dev.weft.component.types.OptionType;
import dev.weft.component.types.ValueType;
import dev.weft.value.OptionVal;
import dev.weft.value.Val;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads WAVE text. {@link #parse(ValueType, String)} is wasm-wave's {@code from_str(ty, s)}: the whole text
 * (with surrounding whitespace and comments) must be one value of the type. Parsing is two steps, kept apart:
 * text to {@link UntypedValue} ({@link #parseUntyped}), then typing ({@link #type}).
 */
public final class WaveParser {
    private WaveParser() {
    }

    /** Parses {@code text} as one value of {@code type}. */
    public static Val parse(ValueType type, String text) throws WaveException {
        WaveSource src = new WaveSource(text);
        WaveSyntaxParser parser = new WaveSyntaxParser(src, 0);
        UntypedValue node = parser.parseValue();
        parser.finish();
        return new WaveTyper(src).type(node, type);
    }

    /** Parses {@code text} as one value without a type. */
    public static UntypedValue parseUntyped(String text) throws WaveException {
        WaveSource src = new WaveSource(text);
        WaveSyntaxParser parser = new WaveSyntaxParser(src, 0);
        UntypedValue node = parser.parseValue();
        parser.finish();
        return node;
    }

    /** Reads an untyped value (parsed from {@code source}) as a value of {@code type}. */
    public static Val type(UntypedValue value, ValueType type, String source) throws WaveException {
        return new WaveTyper(new WaveSource(source)).type(value, type);
    }

    /**
     * Parses a function call as given to {@code wasmtime run --invoke}: {@code greet("world")},
     * {@code iface.func(1, 2)}, {@code ns:pkg/iface.func@1.0.0(…)}.
     */
    public static WaveCall parseCall(String text) throws WaveException {
        return new WaveCallParser(new WaveSource(text)).parse();
    }

    /**
     * The error for a call whose target names no function (kind {@link WaveErrorKind#INVALID_NAME}, located at the
     * name), e.g. {@code "no exported function `nope`; exports: greet"}.
     */
    public static WaveException unknownFunction(WaveCall call, String detail) {
        return new WaveSource(call.source()).error(WaveErrorKind.INVALID_NAME, detail, call.nameSpan());
    }

    /**
     * Types a call's arguments against a function's parameters. Trailing {@code option} parameters may be left
     * out (they become {@code none}), as the WAVE spec allows for function arguments.
     */
    public static List<Val> typeArguments(WaveCall call, FuncType func) throws WaveException {
        WaveSource src = new WaveSource(call.source());
        WaveTyper typer = new WaveTyper(src);
        List<FuncType.Param> params = func.params();
        List<UntypedValue> args = call.arguments();
        if (args.size() > params.size()) {
            throw src.error(WaveErrorKind.INVALID_PARAMS, "more arguments than the " + params.size()
                    + " parameter(s) of " + call.target(), args.get(params.size()).span());
        }
        List<Val> out = new ArrayList<>(params.size());
        for (int i = 0; i < params.size(); i++) {
            FuncType.Param param = params.get(i);
            if (i < args.size()) {
                try {
                    out.add(typer.type(args.get(i), param.type()));
                } catch (WaveException e) {
                    throw e.withContext("argument `" + param.name() + "`");
                }
            } else if (param.type() instanceof OptionType) {
                out.add(new OptionVal(Optional.empty()));
            } else {
                int end = call.argsSpan().end();
                throw src.error(WaveErrorKind.INVALID_PARAMS, "missing argument `" + param.name() + "` of type "
                        + WaveTypeNames.display(param.type()), WaveSpan.of(end - 1, end));
            }
        }
        return out;
    }
}
