package dev.weft.wit.print;

import dev.weft.wit.resolve.Function;
import dev.weft.wit.resolve.Interface;
import dev.weft.wit.resolve.InterfaceRef;
import dev.weft.wit.resolve.PackageName;
import dev.weft.wit.resolve.TypeDef;
import dev.weft.wit.resolve.TypeDefKind;
import dev.weft.wit.resolve.TypeOwner;
import dev.weft.wit.resolve.TypeRef;
import dev.weft.wit.resolve.WitModel;
import dev.weft.wit.resolve.WitPackage;
import dev.weft.wit.resolve.WitType;
import dev.weft.wit.resolve.World;
import dev.weft.wit.resolve.WorldItem;
import dev.weft.wit.resolve.WorldKey;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes canonical WIT text for packages of a {@link WitModel}: two-space indentation, {@code use}s first in
 * each interface, one blank line between items, worlds fully elaborated (no {@code include}). The output
 * parses back to an equal model.
 */
public final class WitPrinter {
    private final WitModel model;
    private final WitWriter out = new WitWriter();

    private WitPrinter(WitModel model) {
        this.model = model;
    }

    /** The text of package {@code pkg}, as a file with a {@code package ...;} header. */
    public static String print(WitModel model, PackageName pkg) {
        return printWithNested(model, pkg, List.of());
    }

    /** Package {@code root}, followed by {@code nested} packages in {@code package a:b { ... }} blocks. */
    public static String printWithNested(WitModel model, PackageName root, List<PackageName> nested) {
        WitPrinter p = new WitPrinter(model);
        WitPackage main = p.pkg(root);
        p.out.docs(main.docs());
        p.out.line("package " + root + ";");
        p.items(main);
        for (PackageName n : nested) {
            WitPackage np = p.pkg(n);
            p.out.blank();
            p.out.docs(np.docs());
            p.out.line("package " + n + " {");
            p.out.indent();
            p.items(np);
            p.out.dedent();
            p.out.line("}");
        }
        return p.out.toString();
    }

    /** Just one world of a package, as {@code world name { ... }} (used by {@code weft wit}). */
    public static String printWorld(WitModel model, World world) {
        WitPrinter p = new WitPrinter(model);
        p.world(world);
        return p.out.toString();
    }

    private WitPackage pkg(PackageName name) {
        return model.pkg(name).orElseThrow(() -> new IllegalArgumentException("no package " + name + " in model"));
    }

    private void items(WitPackage pkg) {
        for (Interface i : pkg.interfaces()) {
            out.blank();
            out.docs(i.docs());
            out.stability(i.stability());
            out.line("interface " + WitWriter.id(((InterfaceRef.Named) i.ref()).name()) + " {");
            out.indent();
            interfaceBody(i);
            out.dedent();
            out.line("}");
        }
        for (World w : pkg.worlds()) {
            out.blank();
            world(w);
        }
    }

    private void world(World w) {
        out.docs(w.docs());
        out.stability(w.stability());
        out.line("world " + WitWriter.id(w.name()) + " {");
        out.indent();
        TypeOwner scope = new TypeOwner.OfWorld(w.pkg(), w.name());
        TypePrinter types = new TypePrinter(scope);
        List<TypeDef> pendingTypes = new ArrayList<>();
        for (WorldItem item : w.imports()) {
            if (item instanceof WorldItem.TypeItem t) {
                pendingTypes.add(t.type());
                continue;
            }
            typeDefs(pendingTypes, types, scope, w.pkg());
            pendingTypes.clear();
            worldItem("import", item, w.pkg(), types);
        }
        typeDefs(pendingTypes, types, scope, w.pkg());
        if (!w.exports().isEmpty()) {
            out.blank();
        }
        for (WorldItem item : w.exports()) {
            worldItem("export", item, w.pkg(), types);
        }
        out.dedent();
        out.line("}");
    }

    private void worldItem(String keyword, WorldItem item, PackageName current, TypePrinter types) {
        switch (item) {
            case WorldItem.InterfaceItem i -> {
                out.docs(i.docs());
                out.stability(i.stability());
                String path = path(i.iface(), current);
                out.line(keyword + " " + switch (i.key()) {
                    case WorldKey.OfInterface k -> path;
                    case WorldKey.Name n -> WitWriter.id(n.name()) + ": " + path;
                } + ";");
            }
            case WorldItem.InlineInterface i -> {
                out.docs(i.docs());
                out.stability(i.stability());
                out.line(keyword + " " + WitWriter.id(i.name()) + ": interface {");
                out.indent();
                interfaceBody(i.iface());
                out.dedent();
                out.line("}");
            }
            case WorldItem.FunctionItem f -> {
                out.docs(f.function().docs());
                out.stability(f.function().stability());
                out.line(keyword + " " + WitWriter.id(f.function().name()) + ": "
                        + types.signature(f.function()) + ";");
            }
            case WorldItem.TypeItem t -> throw new IllegalStateException("world types are printed as a group");
        }
    }

    private void interfaceBody(Interface i) {
        TypeOwner scope = new TypeOwner.OfInterface(i.ref());
        TypePrinter types = new TypePrinter(scope);
        typeDefs(i.types(), types, scope, i.ref().pkg());
        for (Function f : i.functions()) {
            out.blank();
            out.docs(f.docs());
            out.stability(f.stability());
            out.line(WitWriter.id(f.name()) + ": " + types.signature(f) + ";");
        }
    }

    /** Type definitions in order; runs of {@code use}s from one interface with one gate share a statement. */
    private void typeDefs(List<TypeDef> defs, TypePrinter types, TypeOwner scope, PackageName current) {
        int i = 0;
        while (i < defs.size()) {
            TypeDef d = defs.get(i);
            if (d.kind() instanceof TypeDefKind.Use u) {
                List<String> names = new ArrayList<>();
                int j = i;
                while (j < defs.size() && defs.get(j).kind() instanceof TypeDefKind.Use v
                        && v.target().owner().equals(u.target().owner())
                        && defs.get(j).stability().equals(d.stability())) {
                    String target = v.target().name();
                    String local = defs.get(j).name();
                    names.add(target.equals(local) ? WitWriter.id(local)
                            : WitWriter.id(target) + " as " + WitWriter.id(local));
                    j++;
                }
                out.stability(d.stability());
                out.line("use " + ownerPath(u.target(), current) + ".{" + String.join(", ", names) + "};");
                i = j;
                continue;
            }
            out.blank();
            new TypeDefPrinter(out, types, scope).print(d);
            i++;
        }
    }

    private String ownerPath(TypeRef target, PackageName current) {
        if (target.owner() instanceof TypeOwner.OfInterface(InterfaceRef.Named n)) {
            return path(n, current);
        }
        throw new IllegalStateException("`use` of a type that is not in a named interface: " + target);
    }

    private static String path(InterfaceRef.Named iface, PackageName current) {
        if (iface.pkg().equals(current)) {
            return WitWriter.id(iface.name());
        }
        PackageName p = iface.pkg();
        return WitWriter.id(p.namespace()) + ":" + WitWriter.id(p.name()) + "/" + WitWriter.id(iface.name())
                + p.version().map(v -> "@" + v).orElse("");
    }

    static WitType own(TypeOwner scope, String resource) {
        return new WitType.Named(new TypeRef(scope, resource));
    }
}
