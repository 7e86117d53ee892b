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
import dev.weft.runtime.abi.StringEncoding;
import dev.weft.runtime.engine.CoreFuncType;
import java.util.List;

/**
 * Plans {@code canon} definitions: types, resources and options are resolved here; each instance only builds the adapter around its own state and core items.
 */
final class PlanCanons {
    private PlanCanons() {
    }

    static void define(Canon canon, PlanEnv env, PlanBuilder plan) throws InstantiationException {
        switch (canon) {
            case Canon.Lift lift -> env.funcs.add(lift(lift, env, plan));
            case Canon.Lower lower -> env.coreFuncs.add(lower(lower, env, plan));
            case Canon.ResourceNew n -> builtin(env, plan, PlanStep.BuiltinKind.RESOURCE_NEW,
                    resource(env, n.typeIndex()), 0, null);
            case Canon.ResourceRep r -> builtin(env, plan, PlanStep.BuiltinKind.RESOURCE_REP,
                    resource(env, r.typeIndex()), 0, null);
            case Canon.ResourceDrop d -> builtin(env, plan, PlanStep.BuiltinKind.RESOURCE_DROP,
                    resource(env, d.typeIndex()), 0, null);
            case Canon.ContextGet c -> builtin(env, plan, PlanStep.BuiltinKind.CONTEXT_GET, null, (int) c.slot(), null);
            case Canon.ContextSet c -> builtin(env, plan, PlanStep.BuiltinKind.CONTEXT_SET, null, (int) c.slot(), null);
            case Canon.BackpressureInc b -> builtin(env, plan, PlanStep.BuiltinKind.BACKPRESSURE_INC, null, 0, null);
            case Canon.BackpressureDec b -> builtin(env, plan, PlanStep.BuiltinKind.BACKPRESSURE_DEC, null, 0, null);
            case Canon.TaskReturn t -> builtin(env, plan, PlanStep.BuiltinKind.TASK_RETURN, null, 0,
                    plan.options(options(t.options(), env)));
            default -> {
                if (PlanAsyncCanons.define(canon, env, plan)) {
                    return;
                }
                // defined so that the component instantiates; only a call reaches the missing feature (the same
                // function in every instance)
                String what = "canon built-in " + canon.getClass().getSimpleName() + " (component-model async)";
                int slot = plan.newSlot();
                CoreItem item = new CoreItem.HostFunc(nextCoreType(env, plan), args -> {
                    throw dev.weft.runtime.async.NotYetSupported.trap(what);
                });
                plan.steps.add(new PlanStep.Constant(slot, item));
                env.coreFuncs.add(slot);
            }
        }
    }

    static CoreFuncType nextCoreType(PlanEnv env, PlanBuilder plan) throws InstantiationException {
        return plan.cache.engineType(PlanEnv.at(env.types.coreFuncs(), env.coreFuncs.size(), "core func type"));
    }

    private static void builtin(PlanEnv env, PlanBuilder plan, PlanStep.BuiltinKind kind, ResourceType resource,
            int slot, Integer options) throws InstantiationException {
        int out = plan.newSlot();
        plan.steps.add(new PlanStep.Builtin(out, env.state, kind, nextCoreType(env, plan), resource, slot,
                options == null ? -1 : options, plan.cache.layouts()));
        env.coreFuncs.add(out);
    }

    private static PlanItem lift(Canon.Lift lift, PlanEnv env, PlanBuilder plan) throws InstantiationException {
        TypeDefinition definition = PlanEnv.at(env.types.types(), lift.typeIndex(), "type");
        if (!(definition instanceof FuncType type)) {
            throw new InstantiationException("canon lift type " + lift.typeIndex() + " is not a function type");
        }
        String suffix = " func " + env.funcs.size();
        int callee = PlanEnv.at(env.coreFuncs, lift.coreFuncIndex(), "core func");
        FuncType actualType = env.resources.apply(type, plan.cache);
        CanonLift.Mode mode = CanonLift.Mode.SYNC;
        int callback = -1;
        for (CanonOpt option : lift.options()) {
            if (option instanceof CanonOpt.Callback c) {
                callback = PlanEnv.at(env.coreFuncs, c.coreFuncIndex(), "core func");
            }
        }
        if (has(lift.options(), CanonOpt.Async.class)) {
            mode = has(lift.options(), CanonOpt.Callback.class)
                    ? CanonLift.Mode.ASYNC_CALLBACK : CanonLift.Mode.ASYNC;
        }
        int out = plan.newSlot();
        plan.steps.add(new PlanStep.Lift(out, env.state, suffix, actualType, callee, lift.coreFuncIndex(),
                plan.options(options(lift.options(), env)), mode, callback, plan.cache.layouts()));
        return new PlanItem.Func(out, actualType);
    }

    private static int lower(Canon.Lower lower, PlanEnv env, PlanBuilder plan) throws InstantiationException {
        PlanItem callee = PlanEnv.at(env.funcs, lower.funcIndex(), "func");
        CoreFuncType coreType = nextCoreType(env, plan);
        FuncType calleeType = env.resources.apply(PlanBuilder.typeOf(callee), plan.cache);
        int out = plan.newSlot();
        plan.steps.add(new PlanStep.Lower(out, env.state, lower.funcIndex(), callee, calleeType, coreType,
                plan.options(options(lower.options(), env)), has(lower.options(), CanonOpt.Async.class),
                plan.cache.layouts()));
        return out;
    }

    private static ResourceType resource(PlanEnv env, long typeIndex) throws InstantiationException {
        TypeDefinition definition = PlanEnv.at(env.typeItems, typeIndex, "type").definition();
        if (!(definition instanceof ResourceType type)) {
            throw new InstantiationException("type " + typeIndex + " is not a resource type");
        }
        return type;
    }

    private static boolean has(List<CanonOpt> options, Class<? extends CanonOpt> kind) {
        for (CanonOpt option : options) {
            if (kind.isInstance(option)) {
                return true;
            }
        }
        return false;
    }

    static PlanOptions options(List<CanonOpt> options, PlanEnv env) throws InstantiationException {
        int memory = -1;
        long memoryIndex = -1;
        int realloc = -1;
        int postReturn = -1;
        StringEncoding encoding = StringEncoding.UTF8;
        for (CanonOpt option : options) {
            switch (option) {
                case CanonOpt.Memory m -> {
                    memory = PlanEnv.at(env.coreMemories, m.memoryIndex(), "core memory");
                    memoryIndex = m.memoryIndex();
                }
                case CanonOpt.Realloc r -> realloc = PlanEnv.at(env.coreFuncs, r.coreFuncIndex(), "core func");
                case CanonOpt.PostReturn p -> postReturn = PlanEnv.at(env.coreFuncs, p.coreFuncIndex(), "core func");
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
        return new PlanOptions(memory, memoryIndex, realloc, postReturn, encoding);
    }
}
