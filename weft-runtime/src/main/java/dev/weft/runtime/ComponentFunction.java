package dev.weft.runtime;

import dev.weft.component.types.BorrowType;
import dev.weft.component.types.FuncType;
import dev.weft.component.types.OwnType;
import dev.weft.component.types.ValueType;
import dev.weft.runtime.resource.InstanceState;
import dev.weft.runtime.resource.ResourceHandles;
import dev.weft.value.ResourceVal;
import dev.weft.error.Trap;
import dev.weft.runtime.link.RtFunc;
import dev.weft.value.Val;
import dev.weft.wave.ValTypeChecker;
import java.util.List;
import java.util.Optional;

/** An exported function, called with dynamic {@link Val}s. A trap leaves the instance unusable. */
public final class ComponentFunction {
    private final String name;
    private final RtFunc func;
    private final InstanceStore store;

    ComponentFunction(String name, RtFunc func, InstanceStore store) {
        this.name = name;
        this.func = func;
        this.store = store;
    }

    RtFunc item() {
        return func;
    }

    public String name() {
        return name;
    }

    public FuncType type() {
        return func.type();
    }

    /**
     * Calls the function under the instance's {@link Limits}; the result list has 0 or 1 elements.
     *
     * @throws IllegalArgumentException if {@code args} do not fit the parameters (checked before the guest runs,
     *                                  so the instance stays usable); the message names the parameter
     * @throws Trap when the guest faults or a limit stops it ({@link Trap#kind()} tells which)
     */
    public List<Val> call(List<Val> args) throws Trap {
        checkArguments(args);
        return store.call(func, args);
    }

    private void checkArguments(List<Val> args) {
        java.util.Objects.requireNonNull(args, "args");
        List<FuncType.Param> params = func.type().params();
        if (args.size() != params.size()) {
            throw new IllegalArgumentException(name + " takes " + params.size() + " argument(s) ("
                    + String.join(", ", params.stream().map(FuncType.Param::name).toList()) + "), got "
                    + args.size());
        }
        for (int i = 0; i < params.size(); i++) {
            FuncType.Param param = params.get(i);
            Optional<String> problem = ValTypeChecker.mismatch(param.type(), args.get(i));
            if (problem.isPresent()) {
                throw new IllegalArgumentException(name + " argument " + i + " `" + param.name() + "`: "
                        + problem.get());
            }
            String refused = refusedHandle(param.type(), args.get(i));
            if (refused != null) {
                throw new IllegalArgumentException(name + " argument " + i + " `" + param.name() + "`: " + refused);
            }
        }
    }

    /**
     * Why a resource argument may not go to the instance that lifted this function (a handle of another instance's
     * resource type, or a borrow of an own value the host no longer holds), or null. Handles nested in other values
     * are checked when they are lowered (a trap then).
     */
    private String refusedHandle(ValueType type, Val arg) {
        InstanceState lifter = func.liftedBy();
        if (lifter == null || !(arg instanceof ResourceVal r)) {
            return null;
        }
        return switch (type) {
            case OwnType o -> ResourceHandles.refusal(lifter, r.handle(), o.resource(), true, true);
            case BorrowType b -> ResourceHandles.refusal(lifter, r.handle(), b.resource(), false, true);
            default -> null;
        };
    }

    /** Calls the function with {@code args}; empty when it returns nothing. */
    public Optional<Val> invoke(Val... args) throws Trap {
        List<Val> results = call(java.util.Arrays.asList(args));
        return results.isEmpty() ? Optional.empty() : Optional.of(results.get(0));
    }
}
