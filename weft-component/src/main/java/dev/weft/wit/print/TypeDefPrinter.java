package dev.weft.wit.print;

import dev.weft.wit.resolve.Function;
import dev.weft.wit.resolve.TypeDef;
import dev.weft.wit.resolve.TypeDefKind;
import dev.weft.wit.resolve.TypeOwner;

/** Writes one named type definition (not a {@code use}). */
final class TypeDefPrinter {
    private final WitWriter out;
    private final TypePrinter types;
    private final TypeOwner scope;

    TypeDefPrinter(WitWriter out, TypePrinter types, TypeOwner scope) {
        this.out = out;
        this.types = types;
        this.scope = scope;
    }

    void print(TypeDef d) {
        out.docs(d.docs());
        out.stability(d.stability());
        String name = WitWriter.id(d.name());
        switch (d.kind()) {
            case TypeDefKind.Alias a -> out.line("type " + name + " = " + types.type(a.type()) + ";");
            case TypeDefKind.Use u -> throw new IllegalStateException("uses are printed by WitPrinter");
            case TypeDefKind.Record r -> {
                out.line("record " + name + " {");
                out.indent();
                for (TypeDefKind.Field f : r.fields()) {
                    out.docs(f.docs());
                    out.line(WitWriter.id(f.name()) + ": " + types.type(f.type()) + ",");
                }
                out.dedent();
                out.line("}");
            }
            case TypeDefKind.Variant v -> {
                out.line("variant " + name + " {");
                out.indent();
                for (TypeDefKind.Case c : v.cases()) {
                    out.docs(c.docs());
                    out.line(WitWriter.id(c.name()) + c.payload().map(p -> "(" + types.type(p) + ")").orElse("")
                            + ",");
                }
                out.dedent();
                out.line("}");
            }
            case TypeDefKind.Enum e -> labels("enum", name, e.cases());
            case TypeDefKind.Flags f -> labels("flags", name, f.flags());
            case TypeDefKind.Resource r -> resource(d.name(), name, r);
        }
    }

    private void labels(String keyword, String name, java.util.List<TypeDefKind.Label> labels) {
        out.line(keyword + " " + name + " {");
        out.indent();
        for (TypeDefKind.Label l : labels) {
            out.docs(l.docs());
            out.line(WitWriter.id(l.name()) + ",");
        }
        out.dedent();
        out.line("}");
    }

    private void resource(String rawName, String name, TypeDefKind.Resource r) {
        if (r.functions().isEmpty()) {
            out.line("resource " + name + ";");
            return;
        }
        out.line("resource " + name + " {");
        out.indent();
        for (Function f : r.functions()) {
            out.docs(f.docs());
            out.stability(f.stability());
            switch (f.kind()) {
                case CONSTRUCTOR -> out.line(types.constructor(f, WitPrinter.own(scope, rawName)));
                case METHOD -> out.line(WitWriter.id(f.name()) + ": " + types.signature(f) + ";");
                case STATIC -> out.line(WitWriter.id(f.name()) + ": static " + types.signature(f) + ";");
                case FREESTANDING -> throw new IllegalStateException("freestanding function inside a resource");
            }
        }
        out.dedent();
        out.line("}");
    }
}
