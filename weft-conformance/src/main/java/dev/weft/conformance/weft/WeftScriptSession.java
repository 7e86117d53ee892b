package dev.weft.conformance.weft;

import dev.weft.component.Component;
import dev.weft.conformance.run.NotSupportedException;
import dev.weft.conformance.run.ScriptSession;
import dev.weft.conformance.wast.Action;
import dev.weft.error.Trap;
import dev.weft.error.WeftException;
import dev.weft.runtime.async.NotYetSupported;
import dev.weft.runtime.ComponentFunction;
import dev.weft.runtime.ComponentInstance;
import dev.weft.runtime.Engine;
import dev.weft.runtime.Linker;
import dev.weft.runtime.LinkerInstance;
import dev.weft.runtime.engine.CoreModule;
import dev.weft.value.Val;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One script's components, instances and registered names, on Weft's {@link Linker}, linked as Wasmtime's wast
 * runner links them: the {@link WasmtimeHost} items, later definitions shadowing earlier ones, and every named
 * instance ({@code (component $name ...)}, {@code (component instance $name $def)}) offered to later components
 * as an instance {@code name} holding its exported core modules and resource types (what Wasmtime's runner
 * reflects into its linker; functions are not).
 */
final class WeftScriptSession implements ScriptSession {
    private final Engine engine;
    private final Linker linker = new Linker();
    private final Map<String, Component> definitions = new HashMap<>();
    private final Map<String, ComponentInstance> instances = new HashMap<>();
    private Component latestDefinition;
    private ComponentInstance latest;

    WeftScriptSession(Engine engine, CoreModule simpleModule) {
        this.engine = engine;
        linker.allowShadowing(true);
        WasmtimeHost.define(linker, simpleModule);
    }

    @Override
    public void define(Optional<String> id, byte[] component) throws WeftException {
        Component decoded = Component.decode(component);
        latestDefinition = decoded;
        id.ifPresent(name -> definitions.put(name, decoded));
    }

    @Override
    public void instantiate(Optional<String> id, byte[] component) throws WeftException, NotSupportedException {
        Component decoded = Component.decode(component);
        latestDefinition = decoded;
        ComponentInstance instance = unsupportedAsSkip(() -> linker.prepare(engine, decoded).instantiate());
        latest = instance;
        id.ifPresent(name -> named(name, instance));
    }

    @Override
    public void instantiateDefinition(Optional<String> instance, Optional<String> definition)
            throws WeftException, NotSupportedException {
        Component component = definition.map(definitions::get).orElse(latestDefinition);
        if (component == null) {
            throw new NotSupportedException("no component definition " + definition.orElse("(latest)"));
        }
        ComponentInstance created = unsupportedAsSkip(() -> linker.prepare(engine, component).instantiate());
        latest = created;
        instance.ifPresent(name -> named(name, created));
    }

    private void named(String name, ComponentInstance instance) {
        instances.put(name, instance);
        // the script's `$c` is importable as `c`
        LinkerInstance offered = linker.instance(name.startsWith("$") ? name.substring(1) : name);
        for (String export : instance.exportNames()) {
            instance.module(export).ifPresent(module -> offered.module(export, module));
            instance.resourceType(export).ifPresent(type -> offered.resource(export, type));
        }
    }

    @Override
    public void register(String name, Optional<String> instance) throws NotSupportedException {
        ComponentInstance target = instance.map(instances::get).orElse(latest);
        if (target == null) {
            throw new NotSupportedException("no instance to register as " + name);
        }
        linker.root().instance(name, target);
    }

    @Override
    public List<Val> invoke(Action.Invoke invoke) throws WeftException, NotSupportedException {
        ComponentInstance target = invoke.instance().map(instances::get).orElse(latest);
        if (target == null) {
            throw new NotSupportedException("no instance for invoke of " + invoke.name());
        }
        ComponentFunction function = target.function(invoke.name()).orElseThrow(() -> new NotSupportedException(
                "instance has no exported function `" + invoke.name() + "`"));
        List<Val> args = new ArrayList<>();
        for (int i = 0; i < invoke.args().size(); i++) {
            args.add(ValCoercion.coerce(invoke.args().get(i), function.type().params().get(i).type()));
        }
        if (args.size() != function.type().params().size()) {
            throw new NotSupportedException("invoke of " + invoke.name() + " with " + args.size()
                    + " arguments; it takes " + function.type().params().size());
        }
        return unsupportedAsSkip(() -> function.call(args));
    }

    /** What {@link #unsupportedAsSkip} runs. */
    private interface Guarded<T> {
        T run() throws WeftException;
    }

    /**
     * Runs {@code action}; a trap Weft raised because it lacks a feature ({@link NotYetSupported}, also as the
     * cause of an instance poisoned by one) is a skip with that reason, never a pass of an expected trap.
     */
    private static <T> T unsupportedAsSkip(Guarded<T> action) throws WeftException, NotSupportedException {
        try {
            return action.run();
        } catch (Trap trap) {
            Optional<String> feature = NotYetSupported.in(trap);
            if (feature.isPresent()) {
                throw new NotSupportedException(feature.get());
            }
            throw trap;
        }
    }

    @Override
    public void close() {
        // tasks of this script still blocked end here, so that no later script's wait runs them
        dev.weft.runtime.async.AsyncStore.discardCurrent();
        instances.clear();
        definitions.clear();
    }
}
