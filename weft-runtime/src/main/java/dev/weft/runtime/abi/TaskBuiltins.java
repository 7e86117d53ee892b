package dev.weft.runtime.abi;

import dev.weft.component.types.TupleType;
import dev.weft.component.types.ValueType;
import dev.weft.error.Trap;
import dev.weft.error.TrapKind;
import dev.weft.runtime.engine.CoreFuncType;
import dev.weft.runtime.resource.InstanceState;
import dev.weft.runtime.resource.TaskScope;
import dev.weft.value.Val;

import java.util.List;

/**
 * The task built-ins a synchronous runtime can honour (CanonicalABI.md {@code canon context.get/set},
 * {@code canon backpressure.inc/dec}, {@code canon task.return}) as flat core functions of one instance.
 */
public final class TaskBuiltins {
    private static final long[] NONE = new long[0];

    private TaskBuiltins() {
    }

    /** {@code context.get i32 slot}. */
    public static FlatFunction contextGet(InstanceState instance, int slot) {
        return args -> new long[] {instance.requireTask("context.get").context(slot)};
    }

    /** {@code context.set i32 slot}. */
    public static FlatFunction contextSet(InstanceState instance, int slot) {
        return args -> {
            instance.requireTask("context.set").setContext(slot, (int) args[0]);
            return NONE;
        };
    }

    /** {@code backpressure.inc}. */
    public static FlatFunction backpressureInc(InstanceState instance) {
        return args -> {
            instance.incrementBackpressure();
            return NONE;
        };
    }

    /** {@code backpressure.dec}. */
    public static FlatFunction backpressureDec(InstanceState instance) {
        return args -> {
            instance.decrementBackpressure();
            return NONE;
        };
    }

    /**
     * The spec's {@code LiftOptions.equal(opts, task.opts)} as Wasmtime applies it: {@code task.return} must name
     * the lift's string encoding, and may name a memory only when the lift has one (memories are not compared;
     * a {@code task.return} without memory is accepted where no memory is needed).
     */
    private static void checkSameOptions(CanonOptions options, TaskScope task) throws Trap {
        dev.weft.runtime.async.AsyncTask running = AsyncBuiltins.currentAsyncTask();
        if (running == null || running.scope() != task || !(running.liftOptions() instanceof CanonOptions lift)) {
            return;
        }
        if (lift.encoding() != options.encoding() || (options.memory() != null && lift.memory() == null)) {
            throw new Trap(TrapKind.COMPONENT_MODEL, "task.return of " + task.callName()
                    + " has other canon options (string-encoding, memory) than its lift");
        }
    }

    /**
     * {@code task.return} with core signature {@code coreType}: lifts the flat values (through {@code options}'
     * memory when spilled) as the running async task's results. Traps outside an async task, on a second call and
     * when the signature does not match the task's result type.
     */
    public static FlatFunction taskReturn(InstanceState instance, CanonOptions options, CoreFuncType coreType,
                                          TypeLayouts layouts) {
        return args -> {
            TaskScope task = instance.requireTask("task.return");
            List<ValueType> types = task.resultTypes().orElseThrow(() -> new Trap(TrapKind.COMPONENT_MODEL,
                    "task.return called by " + task.callName() + ", which is not lifted async"));
            List<FlatType> flat = layouts.flatten(types);
            List<FlatType> expected = flat.size() > Flattening.MAX_FLAT_PARAMS ? List.of(FlatType.I32) : flat;
            if (!expected.stream().map(FlatType::toCore).toList().equals(coreType.params())) {
                throw new Trap(TrapKind.COMPONENT_MODEL, "task.return of type " + coreType + " does not match the result type of "
                        + task.callName());
            }
            checkSameOptions(options, task);
            LiftLowerContext cx = new LiftLowerContext(options, instance, task, layouts);
            List<Val> values = FlatValues.lift(cx, Flattening.MAX_FLAT_PARAMS, new FlatReader(args), types,
                    new TupleType(types), flat.size());
            task.deliverReturn(values);
            return NONE;
        };
    }
}
