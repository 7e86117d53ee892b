package dev.weft.runtime;

import dev.weft.runtime.link.RtFunc;
import dev.weft.runtime.link.RtItem;
import dev.weft.component.types.ResourceType;
import dev.weft.error.Trap;
import dev.weft.error.TrapKind;
import dev.weft.runtime.resource.Destructor;
import dev.weft.runtime.resource.ResourceBuiltins;
import dev.weft.value.ResourceVal;
import java.util.List;
import java.util.function.Function;
import java.util.Optional;

/** An instantiated component: look up its exported functions and instances by name. */
public final class ComponentInstance {
    private final RtItem.Instance instance;
    private final Function<ResourceType, Destructor> destructors;
    private final InstanceStore store;

    ComponentInstance(RtItem.Instance instance, Function<ResourceType, Destructor> destructors, InstanceStore store) {
        this.instance = instance;
        this.destructors = destructors;
        this.store = store;
    }

    /** The limits this instance runs under. */
    public Limits limits() {
        return store.limits();
    }

    /**
     * The fuel left ({@link Long#MAX_VALUE} when the limits set none). Guest code burns it as it runs; at zero
     * the next function entry or loop iteration traps with {@code FUEL_EXHAUSTED}.
     *
     * @throws IllegalStateException if the engine does not meter fuel ({@link Engine.Builder#withFuel()})
     */
    public long fuel() {
        requireFuel();
        return store.core().fuel();
    }

    /**
     * Sets the fuel left, e.g. to refill it between calls.
     *
     * @throws IllegalStateException if the engine does not meter fuel ({@link Engine.Builder#withFuel()})
     */
    public void setFuel(long fuel) {
        requireFuel();
        store.core().setFuel(fuel);
    }

    private void requireFuel() {
        if (!store.meteredFuel()) {
            throw new IllegalStateException("this instance's engine does not meter fuel; build it with "
                    + "Engine.builder().withFuel()");
        }
    }

    /** Bytes of linear memory the instance holds now (all its memories together). */
    public long memoryBytes() {
        return store.core().memoryBytes();
    }

    /** Interrupts the instance's running call from another thread. */
    public InterruptHandle interruptHandle() {
        return store.interrupts();
    }

    /**
     * Drops an owned resource handle that an export returned to the host, running the resource's destructor in
     * the instance that implements it (as {@code resource.drop} would).
     *
     * @throws Trap if the value is borrowed or the destructor traps
     */
    public void drop(ResourceVal resource) throws Trap {
        if (!resource.owned()) {
            throw new Trap(TrapKind.HOST_FUNCTION,
                    "the host cannot drop a borrowed " + resource.handle().type() + "; only owned values");
        }
        store.run(() -> {
            ResourceBuiltins.hostDrop(resource.handle(), destructors.apply(resource.handle().type()));
            return null;
        });
    }

    /**
     * Ends this instance: its memories' storage goes back to their pools for later instances (when it was made by
     * {@link InstancePre#instantiatePooled()}), restored to the modules' initial memories where it was written.
     * Call it when the instance is done (for {@code WasiHttpProxy}: the handler returned and the response is
     * complete) and nothing holds on to it; calls are refused afterwards, with a trap. The storage is kept (left
     * to the garbage collector) when a call is running, a call or the instantiation failed (a trap, an interrupt,
     * a deadline), or the calling thread has async guest tasks that have not finished. Releasing twice does nothing.
     *
     * @return how many memories went back to a pool
     */
    public int release() {
        return store.release();
    }

    /** True while a call from the host runs in this instance (for tests). */
    boolean isRunning() {
        return !store.interrupts().idle();
    }

    RtItem.Instance item() {
        return instance;
    }

    /** Names of the exports, in order. */
    public List<String> exportNames() {
        return List.copyOf(instance.exports().keySet());
    }

    /**
     * The exported function {@code name}. A versioned name also finds a semver-compatible export, as Wasmtime's
     * export lookup does ({@code f@0.2.0} finds {@code f@0.2.3}).
     */
    public Optional<ComponentFunction> function(String name) {
        return VersionedName.lookup(instance.exports(), name).orElse(null) instanceof RtFunc f
                ? Optional.of(new ComponentFunction(name, f, store)) : Optional.empty();
    }

    /** The function {@code name} exported by the exported instance {@code instanceName}. */
    public Optional<ComponentFunction> function(String instanceName, String name) {
        return instance(instanceName).flatMap(i -> i.function(name));
    }

    /** The exported core module {@code name} (compiled; instantiate it or offer it with {@link LinkerInstance#module}). */
    public Optional<dev.weft.runtime.engine.CoreModule> module(String name) {
        return instance.exports().get(name) instanceof RtItem.Module m ? Optional.of(m.module()) : Optional.empty();
    }

    /** The exported resource type {@code name} (offer it to other components with {@link LinkerInstance#resource}). */
    public Optional<ResourceType> resourceType(String name) {
        return instance.exports().get(name) instanceof RtItem.Type t && t.definition() instanceof ResourceType r
                ? Optional.of(r) : Optional.empty();
    }

    /**
     * The exported instance {@code name}; {@code wasi:cli/run@0.2.0} also finds a semver-compatible export such as
     * {@code wasi:cli/run@0.2.3}, as Wasmtime's export lookup does.
     */
    public Optional<ComponentInstance> instance(String name) {
        return VersionedName.lookup(instance.exports(), name).orElse(null) instanceof RtItem.Instance i
                ? Optional.of(new ComponentInstance(i, destructors, store)) : Optional.empty();
    }
}
