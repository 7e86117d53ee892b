package dev.weft.runtime.abi;

import dev.weft.component.types.FuncType;
import dev.weft.error.Trap;
import dev.weft.error.TrapKind;
import dev.weft.runtime.resource.InstanceState;
import dev.weft.runtime.resource.SubtaskScope;
import dev.weft.value.Val;

import java.util.List;

/**
 * {@code canon lower async}: the core function takes at most {@link #MAX_FLAT_ASYNC_PARAMS} flat parameters (else
 * one pointer to them), then a pointer the results are stored at, and returns the subtask status. Weft runs the
 * callee to completion before returning, so the status is always {@code RETURNED} with no subtask handle.
 */
public final class CanonLowerAsync implements FlatFunction {
    /** {@code MAX_FLAT_ASYNC_PARAMS}. */
    public static final int MAX_FLAT_ASYNC_PARAMS = 4;
    /** {@code Subtask.State.RETURNED}, packed with subtask handle 0. */
    static final int RETURNED = 2;

    private final String name;
    private final CanonOptions options;
    private final InstanceState instance;
    private final HostFunction callee;
    private final TypeLayouts layouts;
    private final FuncLayout funcLayout;
    private final int flatParamCount;

    /** @param instance the calling (lowering) instance */
    public CanonLowerAsync(String name, FuncType type, CanonOptions options, InstanceState instance,
                           HostFunction callee, TypeLayouts layouts) {
        this.name = name;
        this.options = options;
        this.instance = instance;
        this.callee = callee;
        this.layouts = layouts;
        this.funcLayout = layouts.function(type);
        int flat = funcLayout.flatParams().size();
        int params = flat > MAX_FLAT_ASYNC_PARAMS ? 1 : flat;
        this.flatParamCount = params + (funcLayout.results().isEmpty() ? 0 : 1);
    }

    @Override
    public long[] call(long[] flatArgs) throws Trap {
        instance.checkMayLeave("call to import " + name);
        if (flatArgs.length != flatParamCount) {
            throw new Trap(TrapKind.COMPONENT_MODEL, "async import " + name + " called with " + flatArgs.length + " core values, expected "
                    + flatParamCount);
        }
        SubtaskScope subtask = new SubtaskScope();
        LiftLowerContext cx = new LiftLowerContext(options, instance, subtask, layouts);
        FlatReader reader = new FlatReader(flatArgs);
        List<Val> args = FlatValues.lift(cx, MAX_FLAT_ASYNC_PARAMS, reader, funcLayout.params(),
                funcLayout.paramTuple(), funcLayout.flatParams().size());
        List<Val> results = CanonLower.invokeHost(callee, name, args);
        if (!funcLayout.results().isEmpty()) {
            // always through the result pointer: maxFlat 0 forces the memory path
            FlatValues.lower(cx, 0, results, funcLayout.results(), funcLayout.resultTuple(),
                    funcLayout.flatResults().size(), reader, new FlatWriter(0));
        }
        subtask.deliverResolve();
        return new long[] {RETURNED};
    }
}
