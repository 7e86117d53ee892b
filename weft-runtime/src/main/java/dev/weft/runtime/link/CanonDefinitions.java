package dev.weft.runtime.link;

import dev.weft.component.ast.Canon;
import dev.weft.component.ast.CanonOpt;
import dev.weft.component.types.FuncType;
import dev.weft.component.types.ResourceType;
import dev.weft.component.types.TypeDefinition;
import dev.weft.error.InstantiationException;
import dev.weft.error.Trap;
import dev.weft.runtime.abi.CanonLift;
import dev.weft.runtime.abi.CanonLower;
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
            default -> {
                // defined so that the component instantiates; only a call reaches the missing feature
                String what = "canon built-in " + canon.getClass().getSimpleName()
                        + " (component-model async) is not supported yet";
                addBuiltin(env, args -> {
                    throw new Trap(what);
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
        if (type.async() || isAsync(lift.options())) {
            return unsupported(actualType, "async lift of " + name + " is not supported yet");
        }
        CanonLift canonLift = new CanonLift(name, actualType, options(lift.options(), env), env.state, callee,
                env.layouts);
        return new RtFunc() {
            @Override
            public FuncType type() {
                return actualType;
            }

            @Override
            public List<Val> call(InstanceState caller, List<Val> args) throws dev.weft.error.Trap {
                return canonLift.call(caller, args);
            }
        };
    }

    private static CoreItem lower(Canon.Lower lower, Env env) throws InstantiationException {
        RtFunc callee = Env.at(env.funcs, lower.funcIndex(), "func");
        var coreType = Env.at(env.types.coreFuncs(), env.coreFuncs.size(), "core func type");
        InstanceState caller = env.state;
        String name = env.state.name() + " import " + lower.funcIndex();
        if (callee.type().async() || isAsync(lower.options())) {
            return new CoreItem.HostFunc(env.cache.engineType(coreType), args -> {
                throw new Trap("async lower of " + name + " is not supported yet");
            });
        }
        CanonLower canonLower = new CanonLower(name, env.resources.apply(callee.type(), env.cache),
                options(lower.options(), env), caller, args -> callee.call(caller, args), env.layouts);
        return new CoreItem.HostFunc(env.cache.engineType(coreType), canonLower);
    }

    private static boolean isAsync(List<CanonOpt> options) {
        for (CanonOpt option : options) {
            if (option instanceof CanonOpt.Async) {
                return true;
            }
        }
        return false;
    }

    private static RtFunc unsupported(FuncType type, String message) {
        return new RtFunc() {
            @Override
            public FuncType type() {
                return type;
            }

            @Override
            public List<Val> call(InstanceState caller, List<Val> args) throws Trap {
                throw new Trap(message);
            }
        };
    }

    private static ResourceType resource(Env env, long typeIndex) throws InstantiationException {
        TypeDefinition definition = Env.at(env.typeItems, typeIndex, "type").definition();
        if (!(definition instanceof ResourceType type)) {
            throw new InstantiationException("type " + typeIndex + " is not a resource type");
        }
        return type;
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
}
