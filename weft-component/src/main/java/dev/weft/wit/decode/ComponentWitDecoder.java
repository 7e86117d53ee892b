package dev.weft.wit.decode;

import dev.weft.component.ast.Alias;
import dev.weft.component.ast.AliasSection;
import dev.weft.component.ast.Canon;
import dev.weft.component.ast.CanonSection;
import dev.weft.component.ast.Component;
import dev.weft.component.ast.ComponentSection;
import dev.weft.component.ast.Export;
import dev.weft.component.ast.ExportSection;
import dev.weft.component.ast.ExternType;
import dev.weft.component.ast.Import;
import dev.weft.component.ast.ImportSection;
import dev.weft.component.ast.Instance;
import dev.weft.component.ast.InstanceSection;
import dev.weft.component.ast.Section;
import dev.weft.component.ast.Sort;
import dev.weft.component.ast.TypeDef;
import dev.weft.component.ast.TypeSection;
import dev.weft.wit.WitException;
import dev.weft.wit.resolve.Function;
import dev.weft.wit.resolve.Interface;
import dev.weft.wit.resolve.InterfaceRef;
import dev.weft.wit.resolve.PackageName;
import dev.weft.wit.resolve.Stability;
import dev.weft.wit.resolve.TypeDefKind;
import dev.weft.wit.resolve.TypeOwner;
import dev.weft.wit.resolve.WitModel;
import dev.weft.wit.resolve.WitPackage;
import dev.weft.wit.resolve.World;
import dev.weft.wit.resolve.WorldItem;
import dev.weft.wit.resolve.WorldKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the WIT world of a component from its own import and export types, like
 * {@code wasm-tools component wit} / {@code jco wit}. Interface names {@code ns:pkg/iface@v} become interfaces
 * of package {@code ns:pkg@v}; plain names become inline interfaces or functions of world
 * {@code root:component/root}. Type names come from the type exports of each instance type (and of the nested
 * components wit-component uses to type exported instances), so {@code type instant = u64} keeps its name.
 */
public final class ComponentWitDecoder {
    public static final PackageName ROOT = new PackageName("root", "component", Optional.empty());
    public static final String WORLD = "root";
    private static final Pattern INTERFACE_NAME =
            Pattern.compile("([a-z][a-z0-9-]*):([a-z][a-z0-9-]*)/([a-z][a-z0-9-]*)(?:@(.+))?", Pattern.CASE_INSENSITIVE);

    private final PackageName rootPkg;
    private final String worldName;
    private final TypeSpace top = new TypeSpace(null);
    private final List<InstanceInfo> instances = new ArrayList<>();
    private final List<Slot.Func> funcs = new ArrayList<>();
    private final List<Component> components = new ArrayList<>();
    private final List<WorldItem> imports = new ArrayList<>();
    private final List<WorldItem> exports = new ArrayList<>();
    private final Map<PackageName, Map<String, Interface>> packages = new LinkedHashMap<>();
    private final ScopeBuilder world;

    private ComponentWitDecoder(PackageName rootPkg, String worldName) {
        this.rootPkg = rootPkg;
        this.worldName = worldName;
        this.world = new ScopeBuilder(new TypeOwner.OfWorld(rootPkg, worldName),
                def -> imports.add(new WorldItem.TypeItem(def)));
    }

    /** Decodes a validated component's world. */
    public static DecodedWorld decode(dev.weft.component.Component component) throws WitException {
        return decode(component.ast());
    }

    public static DecodedWorld decode(Component ast) throws WitException {
        return new ComponentWitDecoder(ROOT, WORLD).run(ast);
    }

    /**
     * Decodes a world encoded as a component type (the WIT encoding wit-component puts in {@code component-type}
     * custom sections): its imports and exports are declarators instead of sections.
     */
    static DecodedWorld decodeWorldType(dev.weft.component.ast.TypeDef.ComponentType worldType, PackageName pkg,
            String worldName) throws WitException {
        ComponentWitDecoder d = new ComponentWitDecoder(pkg, worldName);
        for (dev.weft.component.ast.Declarator decl : worldType.declarators()) {
            switch (decl) {
                case dev.weft.component.ast.Declarator.TypeDecl t -> d.top.add(DeclaratorDecoder.slotOf(t.type(), d.top));
                case dev.weft.component.ast.Declarator.AliasDecl a -> d.alias(a.alias());
                case dev.weft.component.ast.Declarator.Import i -> d.imported(new Import(i.name(), i.type(), i.offset()));
                case dev.weft.component.ast.Declarator.Export e -> d.exportedType(e);
                case dev.weft.component.ast.Declarator.CoreTypeDecl c -> { }
            }
        }
        return d.assemble();
    }

    private void exportedType(dev.weft.component.ast.Declarator.Export e) throws WitException {
        String name = e.name().name();
        switch (e.type()) {
            case ExternType.Func f -> {
                Slot.Func fn = ShimDecoder.func(top.get(f.typeIndex(), e.offset()), e.offset());
                exports.add(new WorldItem.FunctionItem(new ItemDecoder(world, e.offset()).function(name, fn)));
            }
            case ExternType.Instance inst -> {
                if (!(top.get(inst.typeIndex(), e.offset()) instanceof Slot.Instance decl)) {
                    throw TypeSpace.at(e.offset(), "export `" + name + "` is not typed by an instance type");
                }
                InterfaceRef ref = interfaceRef(name, true);
                ScopeBuilder scope = new ScopeBuilder(new TypeOwner.OfInterface(ref), def -> { });
                new DeclaratorDecoder().decode(decl.decl().declarators(), top, scope);
                exports.add(worldItem(name, ref, scope));
            }
            default -> throw TypeSpace.at(e.offset(), "world export `" + name + "` of sort " + e.type().sort().text()
                    + " has no WIT equivalent");
        }
    }

    private DecodedWorld run(Component ast) throws WitException {
        for (Section s : ast.sections()) {
            switch (s) {
                case TypeSection t -> {
                    for (dev.weft.component.ast.TypeDef d : t.types()) {
                        top.add(DeclaratorDecoder.slotOf(d, top));
                    }
                }
                case ImportSection is -> {
                    for (Import i : is.imports()) {
                        imported(i);
                    }
                }
                case AliasSection as -> {
                    for (Alias a : as.aliases()) {
                        alias(a);
                    }
                }
                case CanonSection cs -> {
                    for (Canon c : cs.canons()) {
                        if (c instanceof Canon.Lift l) {
                            funcs.add(ShimDecoder.func(top.get(l.typeIndex(), l.offset()), l.offset()));
                        }
                    }
                }
                case ComponentSection c -> components.add(c.component());
                case InstanceSection is -> {
                    for (Instance i : is.instances()) {
                        instances.add(switch (i) {
                            case Instance.Instantiate in -> new InstanceInfo.Instantiated(
                                    componentAt(in.componentIndex(), in.offset()), in);
                            case Instance.FromExports fe -> new InstanceInfo.FromExports(fe);
                        });
                    }
                }
                case ExportSection es -> {
                    for (Export e : es.exports()) {
                        exported(e);
                    }
                }
                default -> { }
            }
        }
        return assemble();
    }

    private Component componentAt(long index, long offset) throws WitException {
        if (index < 0 || index >= components.size() || components.get((int) index) == null) {
            throw TypeSpace.at(offset, "component " + index + " is not defined in this component");
        }
        return components.get((int) index);
    }

    private void alias(Alias a) throws WitException {
        switch (a) {
            case Alias.InstanceExport ie -> {
                InstanceInfo info = ie.instanceIndex() < instances.size()
                        ? instances.get((int) ie.instanceIndex()) : new InstanceInfo.Unknown();
                Map<String, Slot> types = info instanceof InstanceInfo.Imported im ? im.types() : Map.of();
                Map<String, Slot.Func> fs = info instanceof InstanceInfo.Imported im ? im.funcs() : Map.of();
                switch (ie.sort()) {
                    case TYPE -> top.add(types.getOrDefault(ie.name(), new Slot.Other()));
                    case FUNC -> funcs.add(fs.get(ie.name()));
                    case INSTANCE -> instances.add(new InstanceInfo.Unknown());
                    case COMPONENT -> components.add(null);
                    default -> { }
                }
            }
            case Alias.Outer o -> {
                if (o.sort() == Sort.TYPE) {
                    top.add(new Slot.Other());
                } else if (o.sort() == Sort.COMPONENT) {
                    components.add(null);
                }
            }
            case Alias.CoreInstanceExport c -> { }
        }
    }

    private void imported(Import i) throws WitException {
        String name = i.name().name();
        ItemDecoder items = new ItemDecoder(world, i.offset());
        switch (i.type()) {
            case ExternType.Instance inst -> {
                if (!(top.get(inst.typeIndex(), i.offset()) instanceof Slot.Instance decl)) {
                    throw TypeSpace.at(i.offset(), "import `" + name + "` is not typed by an instance type");
                }
                DeclaratorDecoder d = new DeclaratorDecoder();
                InterfaceRef ref = interfaceRef(name, false);
                ScopeBuilder scope = new ScopeBuilder(new TypeOwner.OfInterface(ref), def -> { });
                d.decode(decl.decl().declarators(), top, scope);
                imports.add(worldItem(name, ref, scope));
                instances.add(new InstanceInfo.Imported(ref, d.types, d.funcs));
            }
            case ExternType.Func f -> {
                Slot.Func fn = ShimDecoder.func(top.get(f.typeIndex(), i.offset()), i.offset());
                Function func = items.function(name, fn);
                world.addFunction(func);
                if (func.kind() == Function.Kind.FREESTANDING) {
                    imports.add(new WorldItem.FunctionItem(func));
                }
                funcs.add(fn);
            }
            case ExternType.Type(ExternType.TypeEq eq) ->
                    top.add(new Slot.Named(items.defineNamed(name, top.get(eq.typeIndex(), i.offset()))));
            case ExternType.Type(ExternType.SubResource s) ->
                    top.add(new Slot.Named(world.define(name, new TypeDefKind.Resource(List.of()))));
            case ExternType.Component c -> components.add(null);
            case ExternType.CoreModule m -> { }
            case ExternType.Value v -> { }
        }
    }

    private void exported(Export e) throws WitException {
        String name = e.name().name();
        switch (e.target().sort()) {
            case FUNC -> {
                Slot.Func fn = e.ascribedType().orElse(null) instanceof ExternType.Func af
                        ? ShimDecoder.func(top.get(af.typeIndex(), e.offset()), e.offset())
                        : funcAt(e.target().index(), e.offset());
                Function func = new ItemDecoder(world, e.offset()).function(name, fn);
                exports.add(new WorldItem.FunctionItem(func));
                funcs.add(fn);
            }
            case INSTANCE -> {
                InstanceInfo target = e.target().index() < instances.size()
                        ? instances.get((int) e.target().index()) : new InstanceInfo.Unknown();
                InterfaceRef ref = interfaceRef(name, true);
                if (target instanceof InstanceInfo.Imported im && im.iface() instanceof InterfaceRef.Named n
                        && n.equals(ref) && e.ascribedType().isEmpty()) {
                    // an imported interface exported again as itself (e.g. by a composed component)
                    exports.add(new WorldItem.InterfaceItem(new WorldKey.OfInterface(n), n, Stability.UNKNOWN, ""));
                } else {
                    ScopeBuilder scope = new ScopeBuilder(new TypeOwner.OfInterface(ref), def -> { });
                    exportedInstance(e, scope);
                    exports.add(worldItem(name, ref, scope));
                }
                instances.add(target);
            }
            case TYPE -> top.add(new Slot.Other());
            case COMPONENT -> components.add(null);
            default -> { }
        }
    }

    private void exportedInstance(Export e, ScopeBuilder scope) throws WitException {
        if (e.ascribedType().orElse(null) instanceof ExternType.Instance ai
                && top.get(ai.typeIndex(), e.offset()) instanceof Slot.Instance decl) {
            new DeclaratorDecoder().decode(decl.decl().declarators(), top, scope);
            return;
        }
        long idx = e.target().index();
        InstanceInfo info = idx < instances.size() ? instances.get((int) idx) : new InstanceInfo.Unknown();
        switch (info) {
            case InstanceInfo.Instantiated in -> new ShimDecoder(top, scope, in.instantiate()).decode(in.component());
            case InstanceInfo.FromExports fe -> {
                for (Instance.Export x : fe.instance().exports()) {
                    ItemDecoder items = new ItemDecoder(scope, e.offset());
                    switch (x.target().sort()) {
                        case FUNC -> scope.addFunction(items.function(x.name().name(),
                                funcAt(x.target().index(), e.offset())));
                        case TYPE -> items.defineNamed(x.name().name(), top.get(x.target().index(), e.offset()));
                        default -> throw TypeSpace.at(e.offset(), "instance export `" + x.name().name()
                                + "` cannot be part of a WIT interface");
                    }
                }
            }
            case InstanceInfo.Imported im -> throw TypeSpace.at(e.offset(),
                    "re-exporting imported instance `" + im.iface() + "` as `" + e.name().name()
                            + "` is not supported");
            case InstanceInfo.Unknown u -> throw TypeSpace.at(e.offset(),
                    "the type of exported instance `" + e.name().name() + "` is unknown");
        }
    }

    private Slot.Func funcAt(long index, long offset) throws WitException {
        if (index < 0 || index >= funcs.size() || funcs.get((int) index) == null) {
            throw TypeSpace.at(offset, "the type of function " + index + " is unknown");
        }
        return funcs.get((int) index);
    }

    private InterfaceRef interfaceRef(String externName, boolean export) {
        Matcher m = INTERFACE_NAME.matcher(externName);
        if (m.matches()) {
            return new InterfaceRef.Named(new PackageName(m.group(1), m.group(2), Optional.ofNullable(m.group(4))),
                    m.group(3));
        }
        return new InterfaceRef.Inline(rootPkg, worldName, externName, export);
    }

    private WorldItem worldItem(String name, InterfaceRef ref, ScopeBuilder scope) throws WitException {
        Interface iface = new Interface(ref, scope.typeDefs(), scope.functions(), Stability.UNKNOWN, "");
        if (!scope.orphanResources().isEmpty()) {
            throw TypeSpace.at(0, "`" + name + "` has functions of unknown resources " + scope.orphanResources());
        }
        return switch (ref) {
            case InterfaceRef.Named n -> {
                packages.computeIfAbsent(n.pkg(), k -> new LinkedHashMap<>()).putIfAbsent(n.name(), iface);
                yield new WorldItem.InterfaceItem(new WorldKey.OfInterface(n), n, Stability.UNKNOWN, "");
            }
            case InterfaceRef.Inline in -> new WorldItem.InlineInterface(name, iface, Stability.UNKNOWN, "");
        };
    }

    /** Adds package {@code name} after the packages its interfaces {@code use} (a model lists dependencies first). */
    private void addInDependencyOrder(PackageName name, java.util.Set<PackageName> done, List<WitPackage> out) {
        if (!done.add(name)) {
            return;
        }
        Map<String, Interface> ifaces = packages.get(name);
        for (Interface i : ifaces.values()) {
            for (dev.weft.wit.resolve.TypeDef t : i.types()) {
                if (t.kind() instanceof TypeDefKind.Use u
                        && u.target().owner() instanceof TypeOwner.OfInterface(InterfaceRef.Named n)
                        && packages.containsKey(n.pkg())) {
                    addInDependencyOrder(n.pkg(), done, out);
                }
            }
        }
        out.add(new WitPackage(name, "", List.copyOf(ifaces.values()), List.of()));
    }

    private DecodedWorld assemble() {
        Map<String, dev.weft.wit.resolve.TypeDef> worldTypes = new LinkedHashMap<>();
        world.typeDefs().forEach(t -> worldTypes.put(t.name(), t));
        List<WorldItem> finalImports = imports.stream()
                .map(i -> i instanceof WorldItem.TypeItem t ? new WorldItem.TypeItem(worldTypes.get(t.type().name())) : i)
                .toList();
        World w = new World(rootPkg, worldName, World.canonicalImportOrder(finalImports), exports,
                Stability.UNKNOWN, "");
        List<WitPackage> pkgs = new ArrayList<>();
        java.util.Set<PackageName> done = new java.util.HashSet<>();
        for (PackageName name : packages.keySet()) {
            addInDependencyOrder(name, done, pkgs);
        }
        Map<String, Interface> rootInterfaces = packages.getOrDefault(rootPkg, Map.of());
        pkgs.removeIf(p -> p.name().equals(rootPkg));
        pkgs.add(new WitPackage(rootPkg, "", List.copyOf(rootInterfaces.values()), List.of(w)));
        return new DecodedWorld(new WitModel(pkgs), rootPkg, w);
    }
}
