package dev.weft.runtime.link;

import dev.weft.component.types.FuncType;
import dev.weft.component.types.ResourceType;
import dev.weft.error.InstantiationException;
import dev.weft.error.LinkException;
import dev.weft.error.Trap;
import dev.weft.error.TrapKind;
import dev.weft.runtime.abi.CanonLift;
import dev.weft.runtime.abi.CanonLower;
import dev.weft.runtime.abi.CanonLowerAsync;
import dev.weft.runtime.abi.CanonOptions;
import dev.weft.runtime.abi.FlatFunction;
import dev.weft.runtime.abi.TaskBuiltins;
import dev.weft.runtime.abi.TypeLayouts;
import dev.weft.runtime.engine.CoreFuncType;
import dev.weft.runtime.engine.CoreImports;
import dev.weft.runtime.engine.CoreModule;
import dev.weft.runtime.resource.GuestDestructor;
import dev.weft.runtime.resource.InstanceState;
import dev.weft.runtime.resource.ResourceBuiltins;
import dev.weft.value.Val;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One step of an {@link InstantiationPlan}: what is left to do per instance, with everything else resolved. */
sealed interface PlanStep {

    void run(PlanFrame frame) throws LinkException, InstantiationException, Trap;

    /**
     * Fails the instantiation with what was found wrong when planning (a core import no argument provides, a value
     * definition…): a fresh exception of the same type and message each time, the planning one as its cause. The
     * steps before it run first, as the sections before the fault do, so an earlier trap (a start function, a
     * limit) is reported instead, as it would be without a plan.
     */
    record Fail(dev.weft.error.WeftException planned) implements PlanStep {
        @Override
        public void run(PlanFrame frame) throws LinkException, InstantiationException {
            switch (planned) {
                case LinkException e -> throw new LinkException(e.getMessage(), e);
                case InstantiationException e -> throw new InstantiationException(e.getMessage(), e);
                default -> throw new IllegalStateException("a plan records only link and instantiation errors",
                        planned);
            }
        }
    }

    /** Puts {@code item}, the same in every instance, into slot {@code out}. */
    record Constant(int out, Object item) implements PlanStep {
        @Override
        public void run(PlanFrame frame) {
            frame.slots[out] = item;
        }
    }

    /** A new component instance state {@code state}, named after {@code parent}'s (-1: the root's own name). */
    record NewState(int state, int parent, String suffix) implements PlanStep {
        @Override
        public void run(PlanFrame frame) throws Trap {
            String name = parent < 0 ? frame.names[state] : frame.names[parent] + suffix;
            frame.names[state] = name;
            frame.countInstance("component instance", -1, state);
            frame.states[state] = new InstanceState(name, parent < 0 ? null : frame.states[parent],
                    frame.limits.maxHandles(), frame.origins);
        }
    }

    /** Instantiates {@code module} with the core items in {@code imports} (one slot per import, in order). */
    record Instantiate(int out, CoreModule module, long moduleIndex, int state, int[] imports) implements PlanStep {
        @Override
        public void run(PlanFrame frame) throws LinkException, InstantiationException, Trap {
            frame.countInstance("core module", moduleIndex, state);
            CoreImports.Value[] values = new CoreImports.Value[imports.length];
            for (int i = 0; i < imports.length; i++) {
                values[i] = frame.core(imports[i]).importValue();
            }
            try {
                frame.slots[out] = module.instantiate(CoreImports.inOrder(module.imports(), values),
                        frame.limits.core());
            } catch (InstantiationException e) {
                // a trap in a core start function is a trap of the component's instantiation
                if (e.getCause() instanceof Trap trap) {
                    throw trap;
                }
                throw e;
            }
        }
    }

    /** Export {@code name} of the core instance in slot {@code instance} (checked when planning). */
    record CoreExport(int out, int instance, String name) implements PlanStep {
        @Override
        public void run(PlanFrame frame) throws InstantiationException {
            var live = (dev.weft.runtime.engine.CoreInstance) frame.slots[instance];
            var extern = live.export(name).orElseThrow(() -> new InstantiationException(
                    "core instance has no export `" + name + "`"));
            frame.slots[out] = new CoreItem.Engine(extern);
        }
    }

    /** The canon options {@code options} describes, in slot {@code out}: adapters with equal options share them. */
    record Options(int out, PlanOptions options) implements PlanStep {
        @Override
        public void run(PlanFrame frame) throws InstantiationException {
            frame.slots[out] = options.build(frame);
        }
    }

    /**
     * {@code canon lift} of the core function in {@code callee} with type {@code type}, options in slot
     * {@code options}; the lift's instance-independent part is {@code prepared}, worked out when planning.
     */
    record Lift(int out, int state, String suffix, FuncType type, int callee, long coreFuncIndex,
                int options, CanonLift.Mode mode, int callback, TypeLayouts layouts, CanonLift.Prepared prepared)
            implements PlanStep {
        Lift(int out, int state, String suffix, FuncType type, int callee, long coreFuncIndex,
             int options, CanonLift.Mode mode, int callback, TypeLayouts layouts) {
            this(out, state, suffix, type, callee, coreFuncIndex, options, mode, callback, layouts,
                    CanonLift.prepare(type, layouts, mode));
        }

        @Override
        public void run(PlanFrame frame) throws InstantiationException {
            InstanceState instance = frame.states[state];
            FlatFunction fn = CoreItem.asFlatFunction(frame.core(callee), "lifted core func", coreFuncIndex);
            FlatFunction callbackFn = callback < 0 ? null
                    : CoreItem.asFlatFunction(frame.core(callback), "callback of lifted core func",
                            coreFuncIndex);
            var lift = prepared.bind(frame.names[state] + suffix, (CanonOptions) frame.slots[options], instance, fn,
                    callbackFn);
            frame.slots[out] = new LiftedFunc(type, lift, instance);
        }
    }

    /**
     * {@code canon lower} of {@code callee} (of type {@code calleeType} in the lowering instance); a synchronous
     * lowering's instance-independent part is {@code prepared}, worked out when planning.
     */
    record Lower(int out, int state, long funcIndex, PlanItem callee, FuncType calleeType, CoreFuncType coreType,
                 int options, boolean async, TypeLayouts layouts, CanonLower.Prepared prepared) implements PlanStep {
        Lower(int out, int state, long funcIndex, PlanItem callee, FuncType calleeType, CoreFuncType coreType,
              int options, boolean async, TypeLayouts layouts) {
            this(out, state, funcIndex, callee, calleeType, coreType, options, async, layouts,
                    async ? null : CanonLower.prepare(calleeType, layouts));
        }

        @Override
        public void run(PlanFrame frame) throws InstantiationException {
            RtFunc function = (RtFunc) frame.live(callee);
            InstanceState caller = frame.states[state];
            if (function instanceof LiftedFunc lifted && lifted.instance().sharesCallStackWith(caller)) {
                String name = importName(caller);
                String message = "cannot enter component instance " + lifted.instance().name() + " from "
                        + caller.name() + " (" + name + "): lifted and lowered in the same instance or its ancestor";
                frame.slots[out] = new CoreItem.HostFunc(coreType, args -> {
                    throw new Trap(TrapKind.COMPONENT_MODEL, message);
                });
                return;
            }
            var canonOptions = (CanonOptions) frame.slots[options];
            FlatFunction lowered = async
                    ? new CanonLowerAsync(importName(caller), calleeType, canonOptions, caller,
                            args -> function.call(caller, args), function instanceof LiftedFunc lifted
                                    ? lifted.lift() : null, layouts)
                    : prepared.bind(funcIndex, canonOptions, caller, function.calledFrom(caller));
            frame.slots[out] = new CoreItem.HostFunc(coreType, lowered);
        }

        /** The name messages give the lowered import: its instance's name and the lowered function's index. */
        private String importName(InstanceState caller) {
            return caller.name() + " import " + funcIndex;
        }
    }

    /** What a canon built-in does, given its instance (resource type and options resolved). */
    enum BuiltinKind { RESOURCE_NEW, RESOURCE_REP, RESOURCE_DROP, CONTEXT_GET, CONTEXT_SET, BACKPRESSURE_INC,
        BACKPRESSURE_DEC, TASK_RETURN }

    /** A canon built-in of instance {@code state}: {@code resource}, {@code slot} and {@code options} as it needs. */
    record Builtin(int out, int state, BuiltinKind kind, CoreFuncType coreType, ResourceType resource, int slot,
                   int options, TypeLayouts layouts) implements PlanStep {
        private static final long[] NO_RESULTS = new long[0];

        @Override
        public void run(PlanFrame frame) throws InstantiationException {
            InstanceState instance = frame.states[state];
            Destructors destructors = frame.destructors;
            ResourceType type = resource;
            FlatFunction function = switch (kind) {
                case RESOURCE_NEW -> args -> new long[] {ResourceBuiltins.resourceNew(instance, type, (int) args[0])};
                case RESOURCE_REP -> args -> new long[] {ResourceBuiltins.resourceRep(instance, type, (int) args[0])};
                case RESOURCE_DROP -> args -> {
                    ResourceBuiltins.resourceDrop(instance, type, (int) args[0], destructors.get(type));
                    return NO_RESULTS;
                };
                case CONTEXT_GET -> TaskBuiltins.contextGet(instance, slot);
                case CONTEXT_SET -> TaskBuiltins.contextSet(instance, slot);
                case BACKPRESSURE_INC -> TaskBuiltins.backpressureInc(instance);
                case BACKPRESSURE_DEC -> TaskBuiltins.backpressureDec(instance);
                case TASK_RETURN -> TaskBuiltins.taskReturn(instance, (CanonOptions) frame.slots[options], coreType,
                        layouts);
            };
            frame.slots[out] = new CoreItem.HostFunc(coreType, function);
        }
    }

    /** Makes an async built-in of instance {@code state} (its canon options in slot {@code options}, -1: none). */
    @FunctionalInterface
    interface AsyncBuiltinFactory {
        FlatFunction create(InstanceState instance, CanonOptions options) throws InstantiationException;
    }

    /** An async canon built-in of instance {@code state}, made by {@code factory}. */
    record AsyncBuiltin(int out, int state, CoreFuncType coreType, int options, AsyncBuiltinFactory factory)
            implements PlanStep {
        @Override
        public void run(PlanFrame frame) throws InstantiationException {
            CanonOptions canonOptions = options < 0 ? null : (CanonOptions) frame.slots[options];
            frame.slots[out] = new CoreItem.HostFunc(coreType, factory.create(frame.states[state], canonOptions));
        }
    }

    /** Records that instance {@code state} defines (its own generative copy of) resource type {@code type}. */
    record DefineResource(ResourceType type, int state) implements PlanStep {
        @Override
        public void run(PlanFrame frame) {
            frame.origins.define(type, frame.states[state]);
        }
    }

    /** Registers the core function in {@code function} as instance {@code state}'s destructor of {@code type}. */
    record Destructor(ResourceType type, int state, int function) implements PlanStep {
        @Override
        public void run(PlanFrame frame) {
            InstanceState instance = frame.states[state];
            var dtor = CoreItem.asFlatFunction(frame.core(function), "destructor");
            frame.destructors.definedBy(type).register(instance,
                    new GuestDestructor(instance, rep -> dtor.call(new long[] {rep})));
        }
    }

    /** Calls start function {@code function} with {@code args}; its results go to {@code results}. */
    record Start(PlanItem function, List<PlanItem> args, int[] results) implements PlanStep {
        @Override
        public void run(PlanFrame frame) throws InstantiationException, Trap {
            RtFunc func = (RtFunc) frame.live(function);
            List<Val> values = new ArrayList<>(args.size());
            for (PlanItem arg : args) {
                values.add(((RtItem.Value) frame.live(arg)).value());
            }
            List<Val> returned = func.call(null, values);
            if (returned.size() != results.length) {
                throw new InstantiationException("start function returned " + returned.size() + " values, expected "
                        + results.length);
            }
            for (int i = 0; i < results.length; i++) {
                frame.slots[results[i]] = new RtItem.Value(returned.get(i));
            }
        }
    }

    /** The live form of a planned component instance, named after instance {@code parent}'s name. */
    record MakeInstance(int out, int parent, String suffix, String[] names, PlanItem[] items) implements PlanStep {
        @Override
        public void run(PlanFrame frame) throws InstantiationException {
            Map<String, RtItem> exports = exports(frame, names, items);
            frame.slots[out] = new RtItem.Instance(parent < 0 ? frame.names[0] : frame.names[parent] + suffix,
                    exports);
        }

        /** {@code names} to the live {@code items}, as an immutable map (which RtItem.Instance keeps as it is). */
        static Map<String, RtItem> exports(PlanFrame frame, String[] names, PlanItem[] items)
                throws InstantiationException {
            if (names.length == 1) {
                return Map.of(names[0], frame.live(items[0]));
            }
            @SuppressWarnings("unchecked")
            Map.Entry<String, RtItem>[] entries = new Map.Entry[names.length];
            for (int i = 0; i < names.length; i++) {
                entries[i] = Map.entry(names[i], frame.live(items[i]));
            }
            return Map.ofEntries(entries); // immutable already: RtItem.Instance does not copy it again
        }
    }
}
