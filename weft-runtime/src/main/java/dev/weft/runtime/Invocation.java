package dev.weft.runtime;

import dev.weft.error.Trap;
import dev.weft.value.Val;
import dev.weft.wave.WaveCall;
import dev.weft.wave.WaveException;
import dev.weft.wave.WaveParser;
import dev.weft.wave.WavePrinter;
import java.util.List;
import java.util.Optional;

/**
 * A call written in WAVE ({@code greet("world")}, {@code iface.f(1)}, {@code ns:pkg/iface.f(1)}), resolved against
 * an instance's exports and run; the result is printed in WAVE, as {@code wasmtime run --invoke} does.
 */
public final class Invocation {
    private final ComponentFunction function;
    private final List<Val> arguments;

    private Invocation(ComponentFunction function, List<Val> arguments) {
        this.function = function;
        this.arguments = arguments;
    }

    /**
     * Parses {@code text} and finds the function: a bare name at the root first, then in the exported instances.
     *
     * @throws WaveException if the text or an argument is not valid WAVE for the function's type, or no exported
     *                       function has that name (kind {@code INVALID_NAME}; the message lists the exports)
     */
    public static Invocation parse(ComponentInstance instance, String text) throws WaveException {
        WaveCall call = WaveParser.parseCall(text);
        String name = call.target().function();
        Optional<ComponentFunction> function = call.target().instanceName()
                .flatMap(instanceName -> instance.function(instanceName, name))
                .or(() -> call.target().instanceName().isEmpty() ? findAnywhere(instance, name) : Optional.empty());
        ComponentFunction target = function.orElseThrow(() -> WaveParser.unknownFunction(call,
                "no exported function `" + call.target() + "`; exports: " + String.join(", ",
                        instance.exportNames())));
        return new Invocation(target, WaveParser.typeArguments(call, target.type()));
    }

    private static Optional<ComponentFunction> findAnywhere(ComponentInstance instance, String name) {
        return instance.function(name).or(() -> instance.exportNames().stream()
                .map(exported -> instance.function(exported, name))
                .flatMap(Optional::stream).findFirst());
    }

    public ComponentFunction function() {
        return function;
    }

    /** Runs the call and returns its result in WAVE ({@code ()} for a function without result). */
    public String run() throws Trap {
        List<Val> results = function.call(arguments);
        return WavePrinter.printResult(function.type().result(),
                results.isEmpty() ? Optional.empty() : Optional.of(results.get(0)));
    }
}
