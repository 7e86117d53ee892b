package dev.weft.wit.decode;

import dev.weft.component.ast.Alias;
import dev.weft.component.ast.Declarator;
import dev.weft.component.ast.ExternType;
import dev.weft.component.ast.Sort;
import dev.weft.component.ast.TypeDef;
import dev.weft.wit.WitException;
import dev.weft.wit.resolve.TypeDefKind;
import dev.weft.wit.resolve.TypeRef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Decodes the declarators of an instance type into the types and functions of one interface. */
final class DeclaratorDecoder {
    final Map<String, Slot> types = new LinkedHashMap<>();
    final Map<String, Slot.Func> funcs = new LinkedHashMap<>();

    static Slot slotOf(TypeDef t, TypeSpace space) {
        return switch (t) {
            case TypeDef.Defined d -> new Slot.Def(d.type(), space);
            case TypeDef.Func f -> new Slot.Func(f, space);
            case TypeDef.InstanceType i -> new Slot.Instance(i, space);
            case TypeDef.ComponentType c -> new Slot.Other();
            case TypeDef.Resource r -> new Slot.LocalResource();
        };
    }

    void decode(List<Declarator> declarators, TypeSpace outer, ScopeBuilder scope) throws WitException {
        TypeSpace space = new TypeSpace(outer);
        for (Declarator d : declarators) {
            ItemDecoder items = new ItemDecoder(scope, d.offset());
            switch (d) {
                case Declarator.CoreTypeDecl c -> { }
                case Declarator.TypeDecl t -> space.add(slotOf(t.type(), space));
                case Declarator.AliasDecl a -> {
                    if (a.alias().sort() == Sort.TYPE) {
                        space.add(switch (a.alias()) {
                            case Alias.Outer o -> space.outer(o.count(), o.offset()).get(o.index(), o.offset());
                            default -> new Slot.Other();
                        });
                    }
                }
                case Declarator.Import i -> {
                    if (i.type() instanceof ExternType.Type) {
                        space.add(new Slot.Other());
                    }
                }
                case Declarator.Export e -> export(e, space, scope, items);
            }
        }
    }

    private void export(Declarator.Export e, TypeSpace space, ScopeBuilder scope, ItemDecoder items)
            throws WitException {
        String name = e.name().name();
        switch (e.type()) {
            case ExternType.Type(ExternType.TypeEq eq) -> {
                Slot named = new Slot.Named(items.defineNamed(name, space.get(eq.typeIndex(), e.offset())));
                space.add(named);
                types.put(name, named);
            }
            case ExternType.Type(ExternType.SubResource sub) -> {
                TypeRef ref = scope.define(name, new TypeDefKind.Resource(List.of()));
                Slot named = new Slot.Named(ref);
                space.add(named);
                types.put(name, named);
            }
            case ExternType.Func f -> {
                if (!(space.get(f.typeIndex(), e.offset()) instanceof Slot.Func fn)) {
                    throw TypeSpace.at(e.offset(), "function `" + name + "` does not have a function type");
                }
                scope.addFunction(items.function(name, fn));
                funcs.put(name, fn);
            }
            default -> throw TypeSpace.at(e.offset(), "export `" + name + "` of sort " + e.type().sort().text()
                    + " cannot be part of a WIT interface");
        }
    }
}
