package dev.weft.runtime.link;

import dev.weft.component.ast.Alias;
import dev.weft.component.ast.AliasSection;
import dev.weft.component.ast.CanonSection;
import dev.weft.component.ast.Component;
import dev.weft.component.ast.ComponentSection;
import dev.weft.component.ast.CoreInstance;
import dev.weft.component.ast.CoreInstanceSection;
import dev.weft.component.ast.CoreModuleSection;
import dev.weft.component.ast.CoreTypeSection;
import dev.weft.component.ast.CustomSection;
import dev.weft.component.ast.Export;
import dev.weft.component.ast.ExportSection;
import dev.weft.component.ast.Import;
import dev.weft.component.ast.ImportSection;
import dev.weft.component.ast.Instance;
import dev.weft.component.ast.InstanceSection;
import dev.weft.component.ast.Section;
import dev.weft.component.ast.Sort;
import dev.weft.component.ast.StartSection;
import dev.weft.component.ast.TypeDef;
import dev.weft.component.ast.TypeSection;
import dev.weft.component.ast.ValueSection;
import dev.weft.component.types.ResourceType;
import dev.weft.component.validate.EmptyImportNames;
import dev.weft.component.validate.ValidatedComponent;
import dev.weft.error.InstantiationException;
import dev.weft.error.LinkException;
import dev.weft.error.Trap;
import dev.weft.error.TrapKind;
import dev.weft.runtime.engine.CoreImports;
import dev.weft.runtime.engine.CoreModule;
import dev.weft.runtime.engine.CoreStore;
import dev.weft.runtime.resource.Destructor;
import dev.weft.runtime.resource.GuestDestructor;
import dev.weft.runtime.resource.InstanceState;
import dev.weft.runtime.resource.ResourceOrigins;
import dev.weft.value.Val;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Instantiates a validated component: walks its sections in order, filling an {@link Env} with live items, and
 * returns its exports. Core modules come compiled; nested components are instantiated recursively.
 */
public final class Instantiator {
    private final ValidatedComponent validated;
    private final Map<CoreModuleSection, CoreModule> compiledModules;
    private final Destructors destructors;
    /** The definers of the resource types this instantiation's components define (generative types). */
    private final ResourceOrigins origins = new ResourceOrigins();
    private final InstantiationCache cache;
    private final StoreLimits limits;
    private int instanceCount;

    /**
     * What an instantiation may create: core instances count against {@code core}'s memory and table limits, at
     * most {@code maxInstances} core and component instances, at most {@code maxHandles} live handles in each
     * component instance's table.
     */
    public record StoreLimits(CoreStore core, int maxInstances, int maxHandles) {
        public static StoreLimits unlimited() {
            return new StoreLimits(CoreStore.unlimited(), Integer.MAX_VALUE, Integer.MAX_VALUE);
        }
    }

    public Instantiator(ValidatedComponent validated, Map<CoreModuleSection, CoreModule> compiledModules,
            Map<ResourceType, Destructor> hostDestructors) {
        this(validated, compiledModules, hostDestructors, new InstantiationCache(), StoreLimits.unlimited());
    }

    /** An instantiator sharing {@code cache} with the other instances of the same prepared component. */
    public Instantiator(ValidatedComponent validated, Map<CoreModuleSection, CoreModule> compiledModules,
            Map<ResourceType, Destructor> hostDestructors, InstantiationCache cache, StoreLimits limits) {
        this.cache = cache;
        this.destructors = new Destructors(cache.hostDestructors(hostDestructors));
        this.validated = validated;
        this.compiledModules = compiledModules;
        this.limits = limits;
    }

    /** Counts one more core or component instance; an INSTANCE_LIMIT trap past the limit. */
    private void countInstance(String what) throws Trap {
        if (instanceCount >= limits.maxInstances()) {
            throw new Trap(TrapKind.INSTANCE_LIMIT, "instantiating " + what + " would create more than "
                    + limits.maxInstances() + " instances, the limit of this instantiation");
        }
        instanceCount++;
    }

    /**
     * The destructor of {@code type} as seen by the instances this instantiator made, or {@code null} when the
     * type has none (for the host dropping an owned handle an export returned).
     */
    public Destructor destructorOf(ResourceType type) {
        return destructors.get(type);
    }

    /** Instantiates the top-level component with {@code imports} (already checked by the linker). */
    public RtItem.Instance instantiate(String name, Map<String, RtItem> imports)
            throws LinkException, InstantiationException, Trap {
        return instantiate(name, validated.ast(), Optional.empty(), imports);
    }

    private RtItem.Instance instantiate(String name, Component component, Optional<Env> enclosing,
            Map<String, RtItem> imports) throws LinkException, InstantiationException, Trap {
        countInstance("component instance " + name);
        Env env = new Env(enclosing, validated.indexSpacesOf(component),
                new InstanceState(name, null, limits.maxHandles(), origins), cache, destructors);
        Map<String, RtItem> exports = new LinkedHashMap<>();
        for (Section section : component.sections()) {
            section(section, env, imports, exports);
        }
        return new RtItem.Instance(name, exports);
    }

    private void section(Section section, Env env, Map<String, RtItem> imports, Map<String, RtItem> exports)
            throws LinkException, InstantiationException, Trap {
        switch (section) {
            case CustomSection c -> {
            }
            case CoreTypeSection c -> {
            }
            case CoreModuleSection m -> env.coreModules.add(new RtItem.Module(compiled(m)));
            case CoreInstanceSection s -> {
                for (CoreInstance instance : s.instances()) {
                    env.coreInstances.add(coreInstance(instance, env));
                }
            }
            case ComponentSection s -> env.components.add(new RtItem.ComponentDef(s.component(), env));
            case InstanceSection s -> {
                for (Instance instance : s.instances()) {
                    env.instances.add(instance(instance, env));
                }
            }
            case AliasSection s -> {
                for (Alias alias : s.aliases()) {
                    alias(alias, env);
                }
            }
            case TypeSection s -> {
                for (TypeDef def : s.types()) {
                    env.addType(Optional.empty());
                    if (def instanceof TypeDef.Resource
                            && env.typeItems.get(env.typeItems.size() - 1).definition() instanceof ResourceType t) {
                        origins.define(t, env.state);
                    }
                    if (def instanceof TypeDef.Resource resource && resource.destructor().isPresent()) {
                        defineDestructor(env, resource.destructor().get());
                    }
                }
            }
            case CanonSection s -> {
                for (var canon : s.canons()) {
                    CanonDefinitions.define(canon, env);
                }
            }
            case StartSection s -> start(s, env);
            case ImportSection s -> {
                for (Import i : s.imports()) {
                    RtItem item = imports.get(i.name().name());
                    if (item == null) {
                        throw new LinkException("missing import `" + i.name().name() + "`");
                    }
                    addToSpace(item, env);
                }
            }
            case ExportSection s -> {
                for (Export e : s.exports()) {
                    RtItem item = env.item(e.target().sort(), e.target().index());
                    exports.put(e.name().name(), item);
                    addToSpace(item, env);
                }
            }
            case ValueSection s -> throw new InstantiationException("value definitions are not supported yet");
        }
    }

    /** Types keep the validator's identity in the index space, bound to the actual resource; others go as they are. */
    private static void addToSpace(RtItem item, Env env) {
        if (item instanceof RtItem.Type type) {
            env.addType(Optional.of(type));
        } else {
            env.add(item);
        }
    }

    private static void defineDestructor(Env env, long coreFuncIndex) throws InstantiationException {
        var definition = env.typeItems.get(env.typeItems.size() - 1).definition();
        if (definition instanceof ResourceType type) {
            var dtor = CoreItem.asFlatFunction(Env.at(env.coreFuncs, coreFuncIndex, "core func"), "destructor");
            env.destructors.definedBy(type).register(env.state, new GuestDestructor(env.state, rep -> dtor.call(new long[] {rep})));
        }
    }

    private CoreModule compiled(CoreModuleSection section) throws InstantiationException {
        CoreModule module = compiledModules.get(section);
        if (module == null) {
            throw new InstantiationException("core module at offset 0x" + Long.toHexString(section.offset())
                    + " was not compiled");
        }
        return module;
    }

    private Map<String, CoreItem> coreInstance(CoreInstance instance, Env env)
            throws LinkException, InstantiationException, Trap {
        return switch (instance) {
            case CoreInstance.Instantiate inst -> {
                CoreModule module = Env.at(env.coreModules, inst.moduleIndex(), "core module").module();
                countInstance("core module " + inst.moduleIndex() + " in " + env.state.name());
                CoreImports.Builder imports = CoreImports.builder();
                for (CoreInstance.Arg arg : inst.args()) {
                    Map<String, CoreItem> provider = Env.at(env.coreInstances, arg.instanceIndex(), "core instance");
                    if (arg.name().isEmpty()) { // ("", "") imports were renamed when the module was compiled
                        provider.forEach((name, item) -> item.addTo(imports,
                                EmptyImportNames.moduleNameAfterRewrite(arg.name(), name), name));
                    } else {
                        imports.module(arg.name(), name -> {
                            CoreItem item = provider.get(name);
                            return item == null ? null : item.importValue();
                        });
                    }
                }
                dev.weft.runtime.engine.CoreInstance live;
                try {
                    live = module.instantiate(imports.build(), limits.core());
                } catch (InstantiationException e) {
                    // a trap in a core start function is a trap of the component's instantiation
                    if (e.getCause() instanceof Trap trap) {
                        throw trap;
                    }
                    throw e;
                }
                yield new CoreInstanceExports(live);
            }
            case CoreInstance.FromExports inline -> {
                Map<String, CoreItem> exports = new LinkedHashMap<>();
                for (CoreInstance.Export export : inline.exports()) {
                    exports.put(export.name(), env.core(export.target().sort(), export.target().index()));
                }
                yield exports;
            }
        };
    }

    private RtItem.Instance instance(Instance instance, Env env) throws LinkException, InstantiationException, Trap {
        return switch (instance) {
            case Instance.Instantiate inst -> {
                RtItem.ComponentDef def = Env.at(env.components, inst.componentIndex(), "component");
                Map<String, RtItem> args = new LinkedHashMap<>();
                for (Instance.Arg arg : inst.args()) {
                    args.put(arg.name(), env.item(arg.target().sort(), arg.target().index()));
                }
                yield instantiate(env.state.name() + "/" + env.instances.size(), def.ast(),
                        Optional.of(def.enclosing()), args);
            }
            case Instance.FromExports inline -> {
                Map<String, RtItem> exports = new LinkedHashMap<>();
                for (Instance.Export export : inline.exports()) {
                    exports.put(export.name().name(), env.item(export.target().sort(), export.target().index()));
                }
                yield new RtItem.Instance(env.state.name() + "/" + env.instances.size(), exports);
            }
        };
    }

    private static void alias(Alias alias, Env env) throws InstantiationException {
        switch (alias) {
            case Alias.InstanceExport e -> {
                RtItem.Instance instance = Env.at(env.instances, e.instanceIndex(), "instance");
                RtItem item = instance.exports().get(e.name());
                if (item == null) {
                    throw new InstantiationException("instance " + e.instanceIndex() + " has no export `"
                            + e.name() + "`");
                }
                addToSpace(item, env);
            }
            case Alias.CoreInstanceExport e -> {
                Map<String, CoreItem> instance = Env.at(env.coreInstances, e.instanceIndex(), "core instance");
                CoreItem item = instance.get(e.name());
                if (item == null) {
                    throw new InstantiationException("core instance " + e.instanceIndex() + " has no export `"
                            + e.name() + "`");
                }
                env.addCore(e.sort().coreSort().orElseThrow(), item);
            }
            case Alias.Outer o -> {
                Env target = env;
                for (long i = 0; i < o.count(); i++) {
                    target = target.enclosing.orElseThrow(() -> new InstantiationException(
                            "outer alias reaches past the outermost component"));
                }
                if (o.sort() == Sort.TYPE) {
                    env.addType(Optional.of(Env.at(target.typeItems, o.index(), "type")));
                } else if (o.sort() == Sort.CORE_TYPE) {
                    // core types have no run-time presence
                } else {
                    env.add(target.item(o.sort(), o.index()));
                }
            }
        }
    }

    private static void start(StartSection s, Env env) throws InstantiationException, Trap {
        RtFunc func = Env.at(env.funcs, s.funcIndex(), "func");
        List<Val> args = new ArrayList<>();
        for (long index : s.args()) {
            args.add(Env.at(env.values, index, "value").value());
        }
        for (Val result : func.call(null, args)) {
            env.values.add(new RtItem.Value(result));
        }
    }
}
