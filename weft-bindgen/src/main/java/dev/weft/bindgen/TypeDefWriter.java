package dev.weft.bindgen;

import dev.weft.wit.resolve.TypeDef;
import dev.weft.wit.resolve.TypeDefKind;
import dev.weft.wit.resolve.TypeOwner;
import dev.weft.wit.resolve.TypeRef;
import dev.weft.wit.resolve.WitType;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the Java form of one named WIT type as a nested declaration: a record for a record, a sealed interface
 * of records for a variant, a Java enum for an enum, an enum used as a {@code Set} for flags. Each has
 * {@code toVal()} and {@code fromVal(Val)} ({@code toVal(Set)}/{@code setFromVal} for flags). Aliases and
 * {@code use}d names write nothing (their uses name the definition); resources are written by the interface
 * writers.
 */
final class TypeDefWriter {
    private final TypeMapper types;

    TypeDefWriter(TypeMapper types) {
        this.types = types;
    }

    void write(JavaWriter w, TypeOwner owner, TypeDef def) throws BindgenException {
        String name = JavaNames.pascal(def.name());
        String where = "type `" + new TypeRef(owner, def.name()) + "`";
        try {
            switch (def.kind()) {
                case TypeDefKind.Record r -> record(w, name, def, r);
                case TypeDefKind.Variant v -> variant(w, name, def, v);
                case TypeDefKind.Enum e -> enumeration(w, name, def, e);
                case TypeDefKind.Flags f -> flags(w, name, def, f);
                case TypeDefKind.Alias a -> types.javaType(a.type(), true);  // checks it is supported
                case TypeDefKind.Use u -> { }
                case TypeDefKind.Resource r -> { }
            }
        } catch (BindgenException e) {
            throw new BindgenException(where + ": " + e.getMessage(), e);
        }
    }

    private void record(JavaWriter w, String name, TypeDef def, TypeDefKind.Record r) throws BindgenException {
        List<String> components = new ArrayList<>();
        List<String> lowered = new ArrayList<>();
        List<String> lifted = new ArrayList<>();
        for (int i = 0; i < r.fields().size(); i++) {
            TypeDefKind.Field f = r.fields().get(i);
            String field = JavaNames.camel(f.name());
            components.add(types.javaType(f.type(), false) + " " + field);
            lowered.add("dev.weft.bindings.Lower.field(" + JavaNames.literal(f.name()) + ", "
                    + types.lower(f.type(), field, 0) + ")");
            lifted.add(types.lift(f.type(), "f.get(" + i + ").value()", 0, null));
        }
        w.doc(def.docs(), "WIT record `" + def.name() + "`.");
        w.line("public record " + name + "(" + String.join(", ", components) + ") {");
        w.line("public dev.weft.value.Val toVal() {");
        w.line("return dev.weft.bindings.Lower.record(" + String.join(", ", lowered) + ");");
        w.line("}");
        w.blank();
        w.line("public static " + name + " fromVal(dev.weft.value.Val v) {");
        w.line("java.util.List<dev.weft.value.RecordVal.Field> f = dev.weft.bindings.Lift.fields(v);");
        w.line("return new " + name + "(" + String.join(", ", lifted) + ");");
        w.line("}");
        w.line("}");
        w.blank();
    }

    private void variant(JavaWriter w, String name, TypeDef def, TypeDefKind.Variant v) throws BindgenException {
        w.doc(def.docs(), "WIT variant `" + def.name() + "`: one record per case.");
        w.line("public sealed interface " + name + " {");
        w.line("dev.weft.value.Val toVal();");
        w.blank();
        List<String> cases = new ArrayList<>();
        for (TypeDefKind.Case c : v.cases()) {
            String caseName = caseClass(name, c.name());
            w.doc(c.docs(), "");
            if (c.payload().isPresent()) {
                WitType payload = c.payload().get();
                w.line("record " + caseName + "(" + types.javaType(payload, false) + " value) implements " + name
                        + " {");
                w.line("public dev.weft.value.Val toVal() {");
                w.line("return dev.weft.bindings.Lower.variant(" + JavaNames.literal(c.name()) + ", "
                        + types.lower(payload, "value", 0) + ");");
                cases.add("case " + JavaNames.literal(c.name()) + " -> new " + caseName + "("
                        + types.lift(payload, "x.payload().orElseThrow()", 0, null) + ");");
            } else {
                w.line("record " + caseName + "() implements " + name + " {");
                w.line("public dev.weft.value.Val toVal() {");
                w.line("return dev.weft.bindings.Lower.variant(" + JavaNames.literal(c.name()) + ");");
                cases.add("case " + JavaNames.literal(c.name()) + " -> new " + caseName + "();");
            }
            w.line("}");
            w.line("}");
            w.blank();
        }
        w.line("static " + name + " fromVal(dev.weft.value.Val v) {");
        w.line("dev.weft.value.VariantVal x = dev.weft.bindings.Lift.variant(v);");
        w.line("return switch (x.caseName()) {");
        cases.forEach(w::line);
        w.line("default -> throw dev.weft.bindings.Lift.unknownCase(" + JavaNames.literal(def.name())
                + ", x.caseName());");
        w.line("};");
        w.line("}");
        w.line("}");
        w.blank();
    }

    /** A case record's name: the case in PascalCase, suffixed when it would clash with the variant's name. */
    static String caseClass(String variant, String caseName) {
        String n = JavaNames.pascal(caseName);
        return n.equals(variant) ? n + "Case" : n;
    }

    private void enumeration(JavaWriter w, String name, TypeDef def, TypeDefKind.Enum e) {
        w.doc(def.docs(), "WIT enum `" + def.name() + "`.");
        labels(w, name, e.cases());
        w.line("public dev.weft.value.Val toVal() {");
        w.line("return dev.weft.bindings.Lower.enumCase(wit);");
        w.line("}");
        w.blank();
        w.line("public static " + name + " fromVal(dev.weft.value.Val v) {");
        w.line("return of(dev.weft.bindings.Lift.enumCase(v));");
        w.line("}");
        lookup(w, name, def.name());
        w.line("}");
        w.blank();
    }

    private void flags(JavaWriter w, String name, TypeDef def, TypeDefKind.Flags f) {
        w.doc(def.docs(), "WIT flags `" + def.name() + "`: a value is a {@code Set<" + name
                + ">} of the flags that are set (use {@code EnumSet}).");
        labels(w, name, f.flags());
        w.line("public static dev.weft.value.Val toVal(java.util.Set<" + name + "> set) {");
        w.line("java.util.List<String> names = new java.util.ArrayList<>();");
        w.line("for (" + name + " flag : values()) {");
        w.line("if (set.contains(flag)) {");
        w.line("names.add(flag.wit);");
        w.line("}");
        w.line("}");
        w.line("return dev.weft.bindings.Lower.flags(names);");
        w.line("}");
        w.blank();
        w.line("public static java.util.Set<" + name + "> setFromVal(dev.weft.value.Val v) {");
        w.line("java.util.EnumSet<" + name + "> set = java.util.EnumSet.noneOf(" + name + ".class);");
        w.line("for (String n : dev.weft.bindings.Lift.flags(v)) {");
        w.line("set.add(of(n));");
        w.line("}");
        w.line("return set;");
        w.line("}");
        lookup(w, name, def.name());
        w.line("}");
        w.blank();
    }

    private static void labels(JavaWriter w, String name, List<TypeDefKind.Label> labels) {
        w.line("public enum " + name + " {");
        for (int i = 0; i < labels.size(); i++) {
            TypeDefKind.Label l = labels.get(i);
            w.doc(l.docs(), "");
            w.line(JavaNames.constant(l.name()) + "(" + JavaNames.literal(l.name()) + ")"
                    + (i == labels.size() - 1 ? ";" : ","));
        }
        w.blank();
        w.line("private final String wit;");
        w.blank();
        w.line(name + "(String wit) {");
        w.line("this.wit = wit;");
        w.line("}");
        w.blank();
        w.line("/** The WIT name of this case. */");
        w.line("public String witName() {");
        w.line("return wit;");
        w.line("}");
        w.blank();
    }

    private static void lookup(JavaWriter w, String name, String witName) {
        w.blank();
        w.line("private static " + name + " of(String wit) {");
        w.line("for (" + name + " c : values()) {");
        w.line("if (c.wit.equals(wit)) {");
        w.line("return c;");
        w.line("}");
        w.line("}");
        w.line("throw dev.weft.bindings.Lift.unknownCase(" + JavaNames.literal(witName) + ", wit);");
        w.line("}");
    }
}
