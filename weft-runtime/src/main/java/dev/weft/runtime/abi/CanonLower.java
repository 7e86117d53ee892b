package dev.weft.runtime.abi;

import dev.weft.component.types.FuncType;
import dev.weft.error.Trap;
import dev.weft.error.TrapKind;
import dev.weft.runtime.resource.InstanceState;
import dev.weft.runtime.resource.SubtaskScope;
import dev.weft.value.Val;

import java.util.List;
import java.util.function.Supplier;

/**
 * A lowered import implemented by the host (synchronous {@code canon_lower}): the core function a guest calls.
 * Lifts the flat arguments (borrows are lent for the call), calls the host, lowers the results (through the
 * out-pointer when they do not fit flat) and ends the lends.
 */
public final class CanonLower implements FlatFunction {
    private final FuncType type;
    private final CanonOptions options;
    private final InstanceState instance;
    private final HostFunction callee;
    private final TypeLayouts layouts;
    private final FuncCodecs codecs;
    private final int flatParamCount;
    /** How many core values a call returns: the flat results, or none when they go through the out-pointer. */
    private final int flatResultCount;
    /** The import's name for messages, made only when a message needs it. */
    private final Supplier<String> name;

    /**
     * What lowering one function type takes that does not depend on the instance (its planned lifting and
     * lowering, its core arity), worked out once by {@link #prepare} and shared by the lowerings made with
     * {@link #bind}: an instantiation plan makes one per lowered import and binds it per instance.
     */
    public static final class Prepared {
        private final FuncType type;
        private final TypeLayouts layouts;
        private final FuncCodecs codecs;
        private final int flatParamCount;
        private final int flatResultCount;

        private Prepared(FuncType type, TypeLayouts layouts) {
            this.type = type;
            this.layouts = layouts;
            this.codecs = layouts.codecs(type);
            this.flatParamCount = codecs.loweredParamCount();
            int flatResults = codecs.results().flatCount();
            this.flatResultCount = flatResults > Flattening.MAX_FLAT_RESULTS ? 0 : flatResults;
        }

        public FuncType type() {
            return type;
        }

        /**
         * The lowering of {@code callee} into {@code instance}, as {@link CanonLower#CanonLower(String, FuncType,
         * CanonOptions, InstanceState, HostFunction, TypeLayouts)} makes it; {@code name} is asked for only when a
         * message names the import.
         */
        public CanonLower bind(Supplier<String> name, CanonOptions options, InstanceState instance,
                               HostFunction callee) {
            return new CanonLower(name, this, options, instance, callee);
        }

        /**
         * As {@link #bind(Supplier, CanonOptions, InstanceState, HostFunction)}, named (in messages)
         * {@code "<instance name> import <funcIndex>"}, the import's index in the instance's function index space.
         */
        public CanonLower bind(long funcIndex, CanonOptions options, InstanceState instance, HostFunction callee) {
            return new CanonLower(new ImportName(instance, funcIndex), this, options, instance, callee);
        }
    }

    /** The name of import {@code funcIndex} of {@code instance}, made when a message needs it. */
    private record ImportName(InstanceState instance, long funcIndex) implements Supplier<String> {
        @Override
        public String get() {
            return instance.name() + " import " + funcIndex;
        }
    }

    /** The instance-independent part of lowering {@code type}, to {@link Prepared#bind} per instance. */
    public static Prepared prepare(FuncType type, TypeLayouts layouts) {
        return new Prepared(type, layouts);
    }

    private CanonLower(Supplier<String> name, Prepared prepared, CanonOptions options, InstanceState instance,
                       HostFunction callee) {
        this.name = name;
        this.type = prepared.type;
        this.options = options;
        this.instance = instance;
        this.callee = callee;
        this.layouts = prepared.layouts;
        this.codecs = prepared.codecs;
        this.flatParamCount = prepared.flatParamCount;
        this.flatResultCount = prepared.flatResultCount;
    }

    /**
     * @param name     the import's name, for messages
     * @param instance the calling (lowering) instance
     */
    public CanonLower(String name, FuncType type, CanonOptions options, InstanceState instance, HostFunction callee,
                      TypeLayouts layouts) {
        this(name, type, options, instance, callee, layouts, false);
    }

    /**
     * @param calleeIsComponent ignored (kept for source compatibility): a string lifted from a component carries
     *                          the encoding it was lifted with in its {@link dev.weft.value.StringVal}, whoever
     *                          lowers it
     */
    public CanonLower(String name, FuncType type, CanonOptions options, InstanceState instance, HostFunction callee,
                      TypeLayouts layouts, boolean calleeIsComponent) {
        this(() -> name, new Prepared(type, layouts), options, instance, callee);
    }

    /** The import's name, for messages. */
    private String name() {
        return name.get();
    }

    /** As {@link #invokeHost(HostFunction, Supplier, List)}, the name given. */
    static List<Val> invokeHost(HostFunction callee, String name, List<Val> args) throws Trap {
        return invokeHost(callee, () -> name, args);
    }

    /**
     * Runs a host function: a Java exception or a null result from it is a HOST_FUNCTION trap naming it ({@code
     * name} is asked only then).
     */
    static List<Val> invokeHost(HostFunction callee, Supplier<String> name, List<Val> args) throws Trap {
        List<Val> results;
        try {
            results = callee.call(args);
        } catch (RuntimeException e) {
            throw new Trap(TrapKind.HOST_FUNCTION, "host function " + name.get() + " failed: " + e, e);
        }
        if (results == null) {
            throw new Trap(TrapKind.HOST_FUNCTION, "host function " + name.get() + " returned null");
        }
        return results;
    }

    public FuncType type() {
        return type;
    }

    /** The core signature the guest imports this function with. */
    public Flattening.CoreSignature coreSignature() {
        return Flattening.flattenFuncType(layouts, type, Flattening.Context.LOWER);
    }

    @Override
    public long[] call(long[] flatArgs) throws Trap {
        if (!instance.mayLeave()) {
            instance.checkMayLeave("call to import " + name());
        }
        if (flatArgs.length != flatParamCount) {
            throw new Trap(TrapKind.COMPONENT_MODEL,
                    "import " + name() + " called with " + flatArgs.length + " core values, expected "
                    + flatParamCount);
        }
        SubtaskScope subtask = new SubtaskScope();
        LiftLowerContext cx = new LiftLowerContext(options, instance, subtask, layouts);
        FlatReader reader = new FlatReader(flatArgs);
        List<Val> args = codecs.params().lift(cx, Flattening.MAX_FLAT_PARAMS, reader);
        List<Val> results = invokeHost(callee, name, args);
        FlatWriter out = new FlatWriter(flatResultCount);
        try {
            codecs.results().lower(cx, Flattening.MAX_FLAT_RESULTS, results, reader, out);
        } catch (Trap t) {
            if (t.kind() == TrapKind.HOST_FUNCTION) {
                throw new Trap(TrapKind.HOST_FUNCTION, "host function " + name() + " returned a bad result: "
                        + t.getMessage(), t);
            }
            throw t;
        }
        subtask.deliverResolve();
        return out.finish();
    }
}
