package dev.weft.wit.decode;

import dev.weft.component.ast.Alias;
import dev.weft.component.ast.AliasSection;
import dev.weft.component.ast.Canon;
import dev.weft.component.ast.CanonSection;
import dev.weft.component.ast.Component;
import dev.weft.component.ast.Export;
import dev.weft.component.ast.ExportSection;
import dev.weft.component.ast.ExternType;
import dev.weft.component.ast.Import;
import dev.weft.component.ast.ImportSection;
import dev.weft.component.ast.Instance;
import dev.weft.component.ast.Section;
import dev.weft.component.ast.Sort;
import dev.weft.component.ast.TypeDef;
import dev.weft.component.ast.TypeSection;
import dev.weft.wit.WitException;
import dev.weft.wit.resolve.TypeDefKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decodes an exported instance made by instantiating a nested component (how wit-component gives exported
 * interfaces their types): the nested component's type and function exports become the interface's items, with
 * its {@code import-type-*} imports bound to the outer types passed in {@code with}.
 */
final class ShimDecoder {
    private final TypeSpace top;
    private final ScopeBuilder scope;
    private final TypeSpace space;
    private final Map<String, Instance.Arg> args = new HashMap<>();
    private final List<Slot.Func> funcs = new ArrayList<>();

    ShimDecoder(TypeSpace top, ScopeBuilder scope, Instance.Instantiate inst) {
        this.top = top;
        this.scope = scope;
        this.space = new TypeSpace(top);
        inst.args().forEach(a -> args.put(a.name(), a));
    }

    void decode(Component component) throws WitException {
        for (Section s : component.sections()) {
            switch (s) {
                case TypeSection t -> {
                    for (TypeDef d : t.types()) {
                        space.add(DeclaratorDecoder.slotOf(d, space));
                    }
                }
                case ImportSection is -> {
                    for (Import i : is.imports()) {
                        imported(i);
                    }
                }
                case AliasSection as -> {
                    for (Alias a : as.aliases()) {
                        if (a.sort() == Sort.TYPE) {
                            space.add(a instanceof Alias.Outer o
                                    ? space.outer(o.count(), o.offset()).get(o.index(), o.offset()) : new Slot.Other());
                        } else if (a.sort() == Sort.FUNC) {
                            funcs.add(null);
                        }
                    }
                }
                case CanonSection cs -> {
                    for (Canon c : cs.canons()) {
                        if (c instanceof Canon.Lift l) {
                            funcs.add(func(space.get(l.typeIndex(), l.offset()), l.offset()));
                        }
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
    }

    private void imported(Import i) throws WitException {
        Instance.Arg arg = args.get(i.name().name());
        switch (i.type()) {
            case ExternType.Type(ExternType.TypeEq eq) -> space.add(arg != null && arg.target().sort() == Sort.TYPE
                    ? top.get(arg.target().index(), i.offset()) : space.get(eq.typeIndex(), i.offset()));
            case ExternType.Type(ExternType.SubResource sub) -> {
                if (arg == null || arg.target().sort() != Sort.TYPE) {
                    throw TypeSpace.at(i.offset(), "resource import `" + i.name().name() + "` is not instantiated");
                }
                space.add(top.get(arg.target().index(), i.offset()));
            }
            case ExternType.Func f -> funcs.add(func(space.get(f.typeIndex(), i.offset()), i.offset()));
            default -> { }
        }
    }

    private void exported(Export e) throws WitException {
        String name = e.name().name();
        ItemDecoder items = new ItemDecoder(scope, e.offset());
        switch (e.target().sort()) {
            case TYPE -> {
                Slot target = space.get(e.target().index(), e.offset());
                if (e.ascribedType().orElse(null) instanceof ExternType.Type(ExternType.SubResource s)
                        && !(target instanceof Slot.Named)) {
                    space.add(new Slot.Named(scope.define(name, new TypeDefKind.Resource(List.of()))));
                } else {
                    space.add(new Slot.Named(items.defineNamed(name, target)));
                }
            }
            case FUNC -> {
                Slot.Func f = e.ascribedType().orElse(null) instanceof ExternType.Func af
                        ? func(space.get(af.typeIndex(), e.offset()), e.offset()) : funcAt(e.target().index(), e.offset());
                scope.addFunction(items.function(name, f));
                funcs.add(f);
            }
            default -> throw TypeSpace.at(e.offset(), "export `" + name + "` of sort " + e.target().sort().text()
                    + " cannot be part of a WIT interface");
        }
    }

    private Slot.Func funcAt(long index, long offset) throws WitException {
        if (index < 0 || index >= funcs.size() || funcs.get((int) index) == null) {
            throw TypeSpace.at(offset, "the type of function " + index + " is unknown");
        }
        return funcs.get((int) index);
    }

    static Slot.Func func(Slot s, long offset) throws WitException {
        if (s instanceof Slot.Func f) {
            return f;
        }
        throw TypeSpace.at(offset, "expected a function type");
    }
}
