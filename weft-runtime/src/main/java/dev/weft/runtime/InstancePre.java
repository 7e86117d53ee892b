package dev.weft.runtime;

import dev.weft.component.Component;
import dev.weft.component.ast.CoreModuleSection;
import dev.weft.error.InstantiationException;
import dev.weft.error.LinkException;
import dev.weft.error.Trap;
import dev.weft.runtime.engine.CoreModule;
import dev.weft.runtime.engine.Metering;
import dev.weft.runtime.link.InstantiationCache;
import dev.weft.runtime.link.InstantiationPlan;
import dev.weft.runtime.link.Instantiator;
import dev.weft.runtime.link.RtItem;
import dev.weft.component.types.ResourceType;
import dev.weft.runtime.resource.Destructor;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A component whose imports are resolved and whose code is compiled: instantiate it many times, from any thread.
 * What does not change between instances (index spaces, import wiring, resource bindings, adapter types) is worked
 * out once, into an {@link InstantiationPlan}; each instantiation runs its steps.
 */
public final class InstancePre {
    private final Component component;
    private final Map<CoreModuleSection, CoreModule> modules;
    private final Map<String, RtItem> imports;
    private final AtomicLong instances = new AtomicLong();
    private final InstantiationCache cache = new InstantiationCache();
    private final Map<ResourceType, Destructor> hostDestructors;
    private final Metering metering;
    private final Limits defaultLimits;
    /** The precomputed instantiation, or null when the component needs the {@link Instantiator}'s walk. */
    private final InstantiationPlan plan;
    /** {@code -Dweft.instantiation.plan=off} instantiates by walking the sections (to compare the two). */
    private static final boolean PLANS = !"off".equals(System.getProperty("weft.instantiation.plan"));

    InstancePre(Component component, Map<CoreModuleSection, CoreModule> modules, Map<String, RtItem> imports,
            Map<ResourceType, Destructor> hostDestructors, Metering metering, Limits defaultLimits) {
        this.component = component;
        this.hostDestructors = hostDestructors;
        this.modules = Map.copyOf(modules);
        this.imports = Map.copyOf(imports);
        this.metering = metering;
        this.defaultLimits = defaultLimits;
        this.plan = !PLANS ? null : InstantiationPlan.of(component.validated(), this.modules, this.imports, hostDestructors, cache)
                .orElse(null);
    }

    /**
     * Whether instances are made from a precomputed {@link InstantiationPlan} (true for every component the plan
     * covers; otherwise each instantiation walks the component's sections).
     */
    public boolean isPlanned() {
        return plan != null;
    }

    /**
     * The functions of this component's core modules that run in Endive's interpreter rather than as compiled JVM
     * code (too large for a JVM method even after splitting), in module order; empty when everything is compiled.
     */
    public java.util.List<dev.weft.runtime.engine.InterpretedFunction> interpretedFunctions() {
        return modules.values().stream().flatMap(m -> m.interpretedFunctions().stream()).toList();
    }

    public Component component() {
        return component;
    }

    /** A fresh instance: its own memories, tables and handle tables, under the engine's default {@link Limits}. */
    public ComponentInstance instantiate() throws LinkException, InstantiationException, Trap {
        return instantiate(defaultLimits);
    }

    /**
     * A fresh instance under {@code limits}. Start functions run under them too.
     *
     * @throws Trap                     also when the instance's memories, tables or instances do not fit the limits
     *                                  ({@code MEMORY_LIMIT}, {@code TABLE_LIMIT}, {@code INSTANCE_LIMIT})
     * @throws IllegalArgumentException if the limits ask for fuel or a call depth the engine does not meter
     */
    public ComponentInstance instantiate(Limits limits) throws LinkException, InstantiationException, Trap {
        var store = new InstanceStore(limits, metering);
        String name = "instance#" + instances.incrementAndGet();
        var storeLimits = new Instantiator.StoreLimits(store.core(), limits.maxInstances(), limits.maxHandles());
        RtItem.Instance instance;
        java.util.function.Function<ResourceType, Destructor> destructors;
        store.begin();
        try {
            if (plan != null) {
                InstantiationPlan.Instantiated made = plan.instantiate(name, storeLimits);
                instance = made.instance();
                destructors = made::destructorOf;
            } else {
                Instantiator instantiator = new Instantiator(component.validated(), modules, hostDestructors, cache,
                        storeLimits);
                instance = instantiator.instantiate(name, imports);
                destructors = instantiator::destructorOf;
            }
        } catch (Trap trap) {
            throw store.classify(trap, store.end());
        } catch (LinkException | InstantiationException | RuntimeException | Error e) {
            store.end();
            throw e;
        }
        store.end();
        return new ComponentInstance(instance, destructors, store);
    }
}
