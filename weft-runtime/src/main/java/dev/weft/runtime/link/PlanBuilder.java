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
import dev.weft.component.types.FuncType;
import dev.weft.component.types.ResourceType;
import dev.weft.component.validate.EmptyImportNames;
import dev.weft.component.validate.ValidatedComponent;
import dev.weft.error.InstantiationException;
import dev.weft.error.LinkException;
import dev.weft.runtime.engine.CoreImport;
import dev.weft.runtime.engine.CoreModule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Makes an {@link InstantiationPlan}: walks the component's sections once, resolves index spaces, imports, resource bindings, function types and core import wiring here and
 * leaves as {@link PlanStep}s only what each instance makes anew. Canon definitions go to {@link PlanCanons}.
 */
final class PlanBuilder {
    final ValidatedComponent validated;
    final InstantiationCache cache;
    private final Map<CoreModuleSection, CoreModule> compiledModules;
    final List<PlanStep> steps = new ArrayList<>();
    private int slots;
    private int states;
    /** Core exports already taken from a live core instance: (instance slot, name) to the item's slot. */
    private final Map<CoreExportKey, Integer> coreExports = new HashMap<>();

    private record CoreExportKey(int instance, String name) {
    }

    /** Canon options already made: each distinct set is built once per instance and shared by its adapters. */
    private final Map<PlanOptions, Integer> options = new HashMap<>();

    PlanBuilder(ValidatedComponent validated, Map<CoreModuleSection, CoreModule> compiledModules,
                InstantiationCache cache) {
        this.validated = validated;
        this.compiledModules = compiledModules;
        this.cache = cache;
    }

    int newSlot() {
        return slots++;
    }

    /** The slot of the canon options {@code wanted}, adding the step that builds them on first use. */
    int options(PlanOptions wanted) {
        return options.computeIfAbsent(wanted, o -> {
            int out = newSlot();
            steps.add(new PlanStep.Options(out, o));
            return out;
        });
    }

    int slotCount() {
        return slots;
    }

    int stateCount() {
        return states;
    }

    /** Plans the root component; returns its exports. */
    Map<String, PlanItem> root(Map<String, RtItem> imports) throws LinkException, InstantiationException {
        Map<String, PlanItem> args = new LinkedHashMap<>();
        imports.forEach((name, item) -> args.put(name, new PlanItem.Known(item)));
        return component(validated.ast(), Optional.empty(), -1, "", args, true);
    }

    private Map<String, PlanItem> component(Component component, Optional<PlanEnv> enclosing, int parent,
            String suffix, Map<String, PlanItem> imports, boolean root) throws LinkException, InstantiationException {
        int state = states++;
        steps.add(new PlanStep.NewState(state, parent, suffix));
        PlanEnv env = new PlanEnv(enclosing, validated.indexSpacesOf(component), state);
        Map<String, PlanItem> exports = new LinkedHashMap<>();
        for (Section section : component.sections()) {
            section(section, env, imports, exports, root);
        }
        return exports;
    }

    private void section(Section section, PlanEnv env, Map<String, PlanItem> imports, Map<String, PlanItem> exports,
            boolean root) throws LinkException, InstantiationException {
        switch (section) {
            case CustomSection c -> {
            }
            case CoreTypeSection c -> {
            }
            case CoreModuleSection m -> env.coreModules.add(PlanItem.module(compiled(m)));
            case CoreInstanceSection s -> {
                for (CoreInstance instance : s.instances()) {
                    env.coreInstances.add(coreInstance(instance, env));
                }
            }
            case ComponentSection s -> env.components.add(new PlanItem.Definition(s.component(), env));
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
                        steps.add(new PlanStep.DefineResource(t, env.state));
                    }
                    if (def instanceof TypeDef.Resource resource && resource.destructor().isPresent()) {
                        defineDestructor(env, resource.destructor().get());
                    }
                }
            }
            case CanonSection s -> {
                for (var canon : s.canons()) {
                    PlanCanons.define(canon, env, this);
                }
            }
            case StartSection s -> start(s, env);
            case ImportSection s -> {
                for (Import i : s.imports()) {
                    PlanItem item = imports.get(i.name().name());
                    if (item == null) {
                        throw new LinkException("missing import `" + i.name().name() + "`");
                    }
                    env.add(item);
                }
            }
            case ExportSection s -> {
                for (Export e : s.exports()) {
                    PlanItem item = env.item(e.target().sort(), e.target().index());
                    exports.put(e.name().name(), item);
                    env.add(item);
                }
            }
            case ValueSection s -> throw new InstantiationException("value definitions are not supported yet");
        }
    }

    private void defineDestructor(PlanEnv env, long coreFuncIndex) throws InstantiationException {
        var definition = env.typeItems.get(env.typeItems.size() - 1).definition();
        if (definition instanceof ResourceType type) {
            steps.add(new PlanStep.Destructor(type, env.state, PlanEnv.at(env.coreFuncs, coreFuncIndex, "core func")));
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

    private PlanCoreInstance coreInstance(CoreInstance instance, PlanEnv env)
            throws LinkException, InstantiationException {
        return switch (instance) {
            case CoreInstance.Instantiate inst -> {
                PlanItem moduleItem = PlanEnv.at(env.coreModules, inst.moduleIndex(), "core module");
                if (!(moduleItem instanceof PlanItem.Known k && k.item() instanceof RtItem.Module m)) {
                    throw new InstantiationException("core module " + inst.moduleIndex() + " is not a module");
                }
                CoreModule module = m.module();
                List<CoreImport> wanted = module.imports();
                int[] sources = new int[wanted.size()];
                for (int i = 0; i < sources.length; i++) {
                    sources[i] = importSource(wanted.get(i), inst.moduleIndex(), inst.args(), env);
                }
                int out = newSlot();
                steps.add(new PlanStep.Instantiate(out, module, inst.moduleIndex(), env.state, sources));
                yield new PlanCoreInstance.Live(out, module);
            }
            case CoreInstance.FromExports inline -> {
                Map<String, Integer> exports = new LinkedHashMap<>();
                for (CoreInstance.Export export : inline.exports()) {
                    exports.put(export.name(), env.core(export.target().sort(), export.target().index()));
                }
                yield new PlanCoreInstance.Inline(exports);
            }
        };
    }

    /**
     * The slot of the core item that answers import {@code wanted} of core module {@code moduleIndex}: exports of an empty-named argument first (renamed as when the module was compiled),
     * then the argument named as the import's module (the last such one).
     */
    private int importSource(CoreImport wanted, long moduleIndex, List<CoreInstance.Arg> args, PlanEnv env)
            throws LinkException, InstantiationException {
        Integer found = null;
        for (CoreInstance.Arg arg : args) {
            if (arg.name().isEmpty()
                    && EmptyImportNames.moduleNameAfterRewrite(arg.name(), wanted.name()).equals(wanted.module())) {
                PlanCoreInstance provider = PlanEnv.at(env.coreInstances, arg.instanceIndex(), "core instance");
                Integer item = coreExport(provider, wanted.name());
                if (item != null) {
                    found = item;
                }
            }
        }
        if (found != null) {
            return found;
        }
        for (CoreInstance.Arg arg : args) {
            if (!arg.name().isEmpty() && arg.name().equals(wanted.module())) {
                PlanCoreInstance provider = PlanEnv.at(env.coreInstances, arg.instanceIndex(), "core instance");
                found = coreExport(provider, wanted.name());
            }
        }
        if (found == null) {
            throw new LinkException("missing import " + wanted.qualifiedName() + " of core module " + moduleIndex
                    + ": no instantiation argument provides it (the module expects "
                    + wanted.describeType() + ")");
        }
        return found;
    }

    /** The position of export {@code name} in {@code module}'s exports, or -1. */
    private static int exportPosition(CoreModule module, String name) {
        var exports = module.exports();
        for (int i = 0; i < exports.size(); i++) {
            if (exports.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The slot of export {@code name} of {@code instance}, or null when it has none. */
    private Integer coreExport(PlanCoreInstance instance, String name) {
        return switch (instance) {
            case PlanCoreInstance.Inline inline -> inline.exports().get(name);
            case PlanCoreInstance.Live live -> {
                int position = exportPosition(live.module(), name);
                if (position < 0) {
                    yield null;
                }
                yield coreExports.computeIfAbsent(new CoreExportKey(live.slot(), name), k -> {
                    int out = newSlot();
                    steps.add(new PlanStep.CoreExport(out, live.slot(), name, position));
                    return out;
                });
            }
        };
    }

    private PlanItem instance(Instance instance, PlanEnv env) throws LinkException, InstantiationException {
        String suffix = "/" + env.instances.size();
        return switch (instance) {
            case Instance.Instantiate inst -> {
                PlanItem def = PlanEnv.at(env.components, inst.componentIndex(), "component");
                if (!(def instanceof PlanItem.Definition definition)) {
                    throw new InstantiationException("component " + inst.componentIndex() + " cannot be planned");
                }
                Map<String, PlanItem> args = new LinkedHashMap<>();
                for (Instance.Arg arg : inst.args()) {
                    args.put(arg.name(), env.item(arg.target().sort(), arg.target().index()));
                }
                int nestedState = states; // the state the nested component gets
                Map<String, PlanItem> exports = component(definition.ast(), Optional.of(definition.enclosing()),
                        env.state, suffix, args, false);
                yield new PlanItem.Instance(nestedState, "", exports);
            }
            case Instance.FromExports inline -> {
                Map<String, PlanItem> exports = new LinkedHashMap<>();
                for (Instance.Export export : inline.exports()) {
                    exports.put(export.name().name(), env.item(export.target().sort(), export.target().index()));
                }
                yield new PlanItem.Instance(env.state, suffix, exports);
            }
        };
    }

    private void alias(Alias alias, PlanEnv env) throws InstantiationException {
        switch (alias) {
            case Alias.InstanceExport e -> {
                PlanItem instance = PlanEnv.at(env.instances, e.instanceIndex(), "instance");
                PlanItem item = PlanEnv.export(instance, e.name());
                if (item == null) {
                    throw new InstantiationException("instance " + e.instanceIndex() + " has no export `"
                            + e.name() + "`");
                }
                env.add(item);
            }
            case Alias.CoreInstanceExport e -> {
                PlanCoreInstance instance = PlanEnv.at(env.coreInstances, e.instanceIndex(), "core instance");
                Integer item = coreExport(instance, e.name());
                if (item == null) {
                    throw new InstantiationException("core instance " + e.instanceIndex() + " has no export `"
                            + e.name() + "`");
                }
                env.coreSpace(e.sort().coreSort().orElseThrow()).add(item);
            }
            case Alias.Outer o -> {
                PlanEnv target = env;
                for (long i = 0; i < o.count(); i++) {
                    target = target.enclosing.orElseThrow(() -> new InstantiationException(
                            "outer alias reaches past the outermost component"));
                }
                if (o.sort() == Sort.TYPE) {
                    env.addType(Optional.of(PlanEnv.at(target.typeItems, o.index(), "type")));
                } else if (o.sort() != Sort.CORE_TYPE) {
                    env.add(target.item(o.sort(), o.index()));
                }
            }
        }
    }

    private void start(StartSection s, PlanEnv env) throws InstantiationException {
        PlanItem func = PlanEnv.at(env.funcs, s.funcIndex(), "func");
        List<PlanItem> args = new ArrayList<>();
        for (long index : s.args()) {
            args.add(PlanEnv.at(env.values, index, "value"));
        }
        FuncType type = typeOf(func);
        int[] results = new int[type.result().isPresent() ? 1 : 0];
        for (int i = 0; i < results.length; i++) {
            results[i] = newSlot();
            env.values.add(new PlanItem.Value(results[i]));
        }
        steps.add(new PlanStep.Start(func, args, results));
    }

    /** The type of a function item: known for host functions and planned lifts alike. */
    static FuncType typeOf(PlanItem func) throws InstantiationException {
        return switch (func) {
            case PlanItem.Func f -> f.type();
            case PlanItem.Known k when k.item() instanceof RtFunc f -> f.type();
            default -> throw new InstantiationException("not a function: " + func);
        };
    }

    /** Makes sure a step gives {@code item} a live form in the frame (for the root's exports). */
    PlanItem live(PlanItem item) throws InstantiationException {
        if (item instanceof PlanItem.Instance instance && instance.liveSlot < 0) {
            String[] names = instance.exports.keySet().toArray(String[]::new);
            PlanItem[] items = new PlanItem[names.length];
            for (int i = 0; i < names.length; i++) {
                items[i] = live(instance.exports.get(names[i]));
            }
            instance.liveSlot = newSlot();
            steps.add(new PlanStep.MakeInstance(instance.liveSlot, instance.parentState, instance.suffix, names,
                    items));
        } else if (item instanceof PlanItem.Definition) {
            throw new InstantiationException("a component definition cannot be exported at run time");
        }
        return item;
    }
}
