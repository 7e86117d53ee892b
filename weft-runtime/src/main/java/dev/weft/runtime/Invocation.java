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
        Optional<ComponentFunction> function = call.target().instanceName().isPresent()
                ? instance.function(call.target().instanceName().get(), name)
                : findAnywhere(instance, call);
        ComponentFunction target = function.orElseThrow(() -> WaveParser.unknownFunction(call,
                "no exported function `" + call.target() + "`; exports: " + String.join(", ",
                        instance.exportNames())));
        return new Invocation(target, WaveParser.typeArguments(call, target.type()));
    }

    /**
     * A bare name: the root export, else the one exported instance that has a function of that name (as
     * {@code wasmtime run --invoke}: two such instances make the name ambiguous).
     */
    private static Optional<ComponentFunction> findAnywhere(ComponentInstance instance, WaveCall call)
            throws WaveException {
        String name = call.target().function();
        Optional<ComponentFunction> root = instance.function(name);
        if (root.isPresent()) {
            return root;
        }
        List<String> holders = instance.exportNames().stream()
                .filter(exported -> instance.function(exported, name).isPresent()).sorted().toList();
        if (holders.size() > 1) {
            throw WaveParser.unknownFunction(call, "more than one exported instance has a function `" + name
                    + "`; name one of them: " + String.join(", ", holders.stream()
                            .map(holder -> "`" + qualified(holder, name) + "`").toList()));
        }
        return holders.stream().findFirst().flatMap(holder -> instance.function(holder, name));
    }

    /** {@code ns:pkg/iface@1.0.0} + {@code f} as an --invoke name: {@code ns:pkg/iface.f@1.0.0}. */
    private static String qualified(String instanceName, String function) {
        int at = instanceName.indexOf('@');
        return at < 0 ? instanceName + "." + function
                : instanceName.substring(0, at) + "." + function + instanceName.substring(at);
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
