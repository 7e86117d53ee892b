package dev.weft.runtime.abi;

import dev.weft.component.types.FuncType;
import dev.weft.error.Trap;
import dev.weft.error.TrapKind;
import dev.weft.runtime.resource.InstanceState;
import dev.weft.runtime.resource.SubtaskScope;
import dev.weft.value.Val;

import java.util.List;

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
    private final String name;

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
        this.name = name;
        this.type = type;
        this.options = options;
        this.instance = instance;
        this.callee = callee;
        this.layouts = layouts;
        this.codecs = layouts.codecs(type);
        this.flatParamCount = codecs.loweredParamCount();
        int flatResults = codecs.results().flatCount();
        this.flatResultCount = flatResults > Flattening.MAX_FLAT_RESULTS ? 0 : flatResults;
    }

    /** Runs a host function: a Java exception or a null result from it is a HOST_FUNCTION trap naming it. */
    static List<Val> invokeHost(HostFunction callee, String name, List<Val> args) throws Trap {
        List<Val> results;
        try {
            results = callee.call(args);
        } catch (RuntimeException e) {
            throw new Trap(TrapKind.HOST_FUNCTION, "host function " + name + " failed: " + e, e);
        }
        if (results == null) {
            throw new Trap(TrapKind.HOST_FUNCTION, "host function " + name + " returned null");
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
            instance.checkMayLeave("call to import " + name);
        }
        if (flatArgs.length != flatParamCount) {
            throw new Trap(TrapKind.COMPONENT_MODEL,
                    "import " + name + " called with " + flatArgs.length + " core values, expected "
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
                throw new Trap(TrapKind.HOST_FUNCTION, "host function " + name + " returned a bad result: "
                        + t.getMessage(), t);
            }
            throw t;
        }
        subtask.deliverResolve();
        return out.finish();
    }
}
