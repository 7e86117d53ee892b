package dev.weft.runtime;

import dev.weft.component.types.FuncType;
import dev.weft.runtime.resource.InstanceState;
import dev.weft.runtime.resource.HostArgumentHandles;
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
        }
        checkHandles(args, params);
    }

    /**
     * Refuses a resource handle, at any depth of the arguments, that the instance which lifted this function would
     * refuse while lowering (a handle of another instance's resource type, an own value the host no longer holds or
     * gives twice, a borrow of a value the host does not own): refused here, before the guest runs or any handle
     * moves, the instance stays usable. Only functions whose parameters can hold handles are walked.
     */
    private void checkHandles(List<Val> args, List<FuncType.Param> params) {
        InstanceState lifter = func.liftedBy();
        if (lifter == null) {
            return;
        }
        HostArgumentHandles plan = func.argumentHandles();
        if (!plan.any()) {
            return;
        }
        Optional<HostArgumentHandles.Refusal> refused = plan.refusal(lifter, args);
        if (refused.isPresent()) {
            int i = refused.get().param();
            throw new IllegalArgumentException(name + " argument " + i + " `" + params.get(i).name() + "`: "
                    + refused.get().message());
        }
    }

    /** Calls the function with {@code args}; empty when it returns nothing. */
    public Optional<Val> invoke(Val... args) throws Trap {
        List<Val> results = call(java.util.Arrays.asList(args));
        return results.isEmpty() ? Optional.empty() : Optional.of(results.get(0));
    }
}
