package dev.weft.runtime.link;

import dev.weft.component.ast.Canon;
import dev.weft.component.ast.CanonOpt;
import dev.weft.component.types.FuncType;
import dev.weft.component.types.ResourceType;
import dev.weft.component.types.TypeDefinition;
import dev.weft.error.InstantiationException;
import dev.weft.error.Trap;
import dev.weft.error.TrapKind;
import dev.weft.runtime.abi.CanonLift;
import dev.weft.runtime.abi.CanonLower;
import dev.weft.runtime.abi.CanonLowerAsync;
import dev.weft.runtime.abi.TaskBuiltins;
import dev.weft.runtime.abi.CanonOptions;
import dev.weft.runtime.abi.CoreMemoryAccess;
import dev.weft.runtime.abi.FlatFunction;
import dev.weft.runtime.abi.Realloc;
import dev.weft.runtime.abi.StringEncoding;
import dev.weft.runtime.engine.CoreMemory;
import dev.weft.runtime.resource.InstanceState;
import dev.weft.runtime.resource.ResourceBuiltins;
import dev.weft.value.Val;
import java.util.List;

/** Turns {@code canon} definitions into live functions in an {@link Env}. */
final class CanonDefinitions {
    private static final long[] NO_RESULTS = new long[0];

    private CanonDefinitions() {
    }

    static void define(Canon canon, Env env) throws InstantiationException {
        switch (canon) {
            case Canon.Lift lift -> env.funcs.add(lift(lift, env));
            case Canon.Lower lower -> env.coreFuncs.add(lower(lower, env));
            case Canon.ResourceNew n -> {
                ResourceType type = resource(env, n.typeIndex());
                addBuiltin(env, args -> new long[] {ResourceBuiltins.resourceNew(env.state, type, (int) args[0])});
            }
            case Canon.ResourceRep r -> {
                ResourceType type = resource(env, r.typeIndex());
                addBuiltin(env, args -> new long[] {ResourceBuiltins.resourceRep(env.state, type, (int) args[0])});
            }
            case Canon.ResourceDrop d -> {
                ResourceType type = resource(env, d.typeIndex());
                addBuiltin(env, args -> {
                    ResourceBuiltins.resourceDrop(env.state, type, (int) args[0], env.destructors.get(type));
                    return NO_RESULTS;
                });
            }
            case Canon.ContextGet c -> addBuiltin(env, TaskBuiltins.contextGet(env.state, (int) c.slot()));
            case Canon.ContextSet c -> addBuiltin(env, TaskBuiltins.contextSet(env.state, (int) c.slot()));
            case Canon.BackpressureInc b -> addBuiltin(env, TaskBuiltins.backpressureInc(env.state));
            case Canon.BackpressureDec b -> addBuiltin(env, TaskBuiltins.backpressureDec(env.state));
            case Canon.TaskReturn t -> {
                var coreType = CoreTypes.toEngine(Env.at(env.types.coreFuncs(), env.coreFuncs.size(),
                        "core func type"));
                addBuiltin(env, TaskBuiltins.taskReturn(env.state, options(t.options(), env), coreType, env.layouts));
            }
            default -> {
                // defined so that the component instantiates; only a call reaches the missing feature
                String what = "canon built-in " + canon.getClass().getSimpleName()
                        + " (component-model async) is not supported yet";
                addBuiltin(env, args -> {
                    throw new Trap(TrapKind.COMPONENT_MODEL, what);
                });
            }
        }
    }

    private static void addBuiltin(Env env, FlatFunction function) throws InstantiationException {
        var type = Env.at(env.types.coreFuncs(), env.coreFuncs.size(), "core func type");
        env.coreFuncs.add(new CoreItem.HostFunc(env.cache.engineType(type), function));
    }

    private static RtFunc lift(Canon.Lift lift, Env env) throws InstantiationException {
        TypeDefinition definition = Env.at(env.types.types(), lift.typeIndex(), "type");
        if (!(definition instanceof FuncType type)) {
            throw new InstantiationException("canon lift type " + lift.typeIndex() + " is not a function type");
        }
        String name = env.state.name() + " func " + env.funcs.size();
        FlatFunction callee = CoreItem.asFlatFunction(Env.at(env.coreFuncs, lift.coreFuncIndex(), "core func"),
                "lifted core func " + lift.coreFuncIndex());
        FuncType actualType = env.resources.apply(type, env.cache);
        CanonLift.Mode mode = CanonLift.Mode.SYNC;
        if (has(lift.options(), CanonOpt.Async.class)) {
            mode = has(lift.options(), CanonOpt.Callback.class)
                    ? CanonLift.Mode.ASYNC_CALLBACK : CanonLift.Mode.ASYNC;
        }
        CanonLift canonLift = new CanonLift(name, actualType, options(lift.options(), env), env.state, callee,
                env.layouts, mode);
        return new LiftedFunc(actualType, canonLift, env.state);
    }

    private static CoreItem lower(Canon.Lower lower, Env env) throws InstantiationException {
        RtFunc callee = Env.at(env.funcs, lower.funcIndex(), "func");
        var coreType = Env.at(env.types.coreFuncs(), env.coreFuncs.size(), "core func type");
        InstanceState caller = env.state;
        String name = env.state.name() + " import " + lower.funcIndex();
        FuncType calleeType = env.resources.apply(callee.type(), env.cache);
        if (callee instanceof LiftedFunc lifted && lifted.instance().sharesCallStackWith(caller)) {
            // as Wasmtime and the spec tests: a call between an instance and itself or an ancestor or descendant
            // would re-enter it, so the lowered function traps unconditionally (defining it is fine)
            String message = "cannot enter component instance " + lifted.instance().name() + " from "
                    + caller.name() + " (" + name + "): lifted and lowered in the same instance or its ancestor";
            return new CoreItem.HostFunc(env.cache.engineType(coreType), args -> {
                throw new Trap(TrapKind.COMPONENT_MODEL, message);
            });
        }
        if (has(lower.options(), CanonOpt.Async.class)) {
            return new CoreItem.HostFunc(env.cache.engineType(coreType), new CanonLowerAsync(name, calleeType,
                    options(lower.options(), env), caller, args -> callee.call(caller, args), env.layouts));
        }
        CanonLower canonLower = new CanonLower(name, calleeType,
                options(lower.options(), env), caller, args -> callee.call(caller, args), env.layouts);
        return new CoreItem.HostFunc(env.cache.engineType(coreType), canonLower);
    }

    private static ResourceType resource(Env env, long typeIndex) throws InstantiationException {
        TypeDefinition definition = Env.at(env.typeItems, typeIndex, "type").definition();
        if (!(definition instanceof ResourceType type)) {
            throw new InstantiationException("type " + typeIndex + " is not a resource type");
        }
        return type;
    }

    /** Whether {@code options} holds an option of {@code kind} (a loop: instantiation runs this per canon). */
    private static boolean has(List<CanonOpt> options, Class<? extends CanonOpt> kind) {
        for (CanonOpt option : options) {
            if (kind.isInstance(option)) {
                return true;
            }
        }
        return false;
    }

    private static CanonOptions options(List<CanonOpt> options, Env env) throws InstantiationException {
        CoreMemoryAccess memory = null;
        Realloc realloc = null;
        FlatFunction postReturn = null;
        StringEncoding encoding = StringEncoding.UTF8;
        for (CanonOpt option : options) {
            switch (option) {
                case CanonOpt.Memory m -> {
                    CoreItem item = Env.at(env.coreMemories, m.memoryIndex(), "core memory");
                    if (!(item instanceof CoreItem.Engine e) || !(e.extern() instanceof CoreMemory coreMemory)) {
                        throw new InstantiationException("canon option memory " + m.memoryIndex()
                                + " is not a memory");
                    }
                    memory = new CoreMemoryAccess(coreMemory);
                }
                case CanonOpt.Realloc r -> realloc = Realloc.of(CoreItem.asFlatFunction(
                        Env.at(env.coreFuncs, r.coreFuncIndex(), "core func"), "realloc"));
                case CanonOpt.PostReturn p -> postReturn = CoreItem.asFlatFunction(
                        Env.at(env.coreFuncs, p.coreFuncIndex(), "core func"), "post-return");
                case CanonOpt.StringEncodingOpt s -> encoding = switch (s.encoding()) {
                    case UTF8 -> StringEncoding.UTF8;
                    case UTF16 -> StringEncoding.UTF16;
                    case LATIN1_UTF16 -> StringEncoding.LATIN1_UTF16;
                };
                case CanonOpt.Async a -> {
                }
                case CanonOpt.Callback c -> {
                }
                case CanonOpt.CoreType t -> {
                }
                case CanonOpt.Gc g -> throw new InstantiationException("gc canon option is not supported yet");
            }
        }
        return new CanonOptions(memory, realloc, postReturn, encoding);
    }

    /** A function lifted by {@code instance} from one of its core functions. */
    private record LiftedFunc(FuncType type, CanonLift lift, InstanceState instance) implements RtFunc {
        @Override
        public List<Val> call(InstanceState caller, List<Val> args) throws Trap {
            return lift.call(caller, args);
        }
    }
}
