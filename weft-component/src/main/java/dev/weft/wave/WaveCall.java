package dev.weft.wave;

import java.util.List;

/**
 * A parsed but untyped function call, {@code name(arg, …)} (wasm-wave's {@code UntypedFuncCall}). Type the
 * arguments with {@link WaveParser#typeArguments(WaveCall, dev.weft.component.types.FuncType)}.
 *
 * @param source    the whole call text (spans refer to it)
 * @param target    the function name
 * @param nameSpan  where the name is
 * @param arguments the argument values
 * @param argsSpan  from {@code (} to {@code )} inclusive
 */
public record WaveCall(String source, WaveCallTarget target, WaveSpan nameSpan, List<UntypedValue> arguments,
        WaveSpan argsSpan) {
    public WaveCall {
        arguments = List.copyOf(arguments);
    }
}
