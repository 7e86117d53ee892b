package dev.weft.bindgen;

import dev.weft.bindings.Signatures;
import dev.weft.wit.resolve.Function;
import dev.weft.wit.resolve.Param;
import dev.weft.wit.resolve.TypeDef;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the host side of imported functions: abstract Java methods the host implements, a Java interface and
 * {@code HostResource} constant per host resource, and the glue that registers each function in a
 * {@code LinkerInstance} converting {@code Val}s to and from Java values.
 */
final class HostCalls {
    private final TypeMapper types;
    private final List<Function> functions;

    HostCalls(TypeMapper types, List<Function> functions) {
        this.types = types;
        this.functions = List.copyOf(functions);
    }

    /** {@code List<Expected> EXPECTED_FUNCTIONS} for these functions in instance {@code instanceNameExpr}. */
    void writeExpected(JavaWriter w, String instanceNameExpr, String modifiers, String listName) throws BindgenException {
        List<String> entries = new ArrayList<>();
        for (Function f : functions) {
            String signature;
            try {
                signature = Signatures.of(types.context().model().toFuncType(f));
            } catch (RuntimeException e) {
                throw new BindgenException("function `" + f.externName() + "`: " + e.getMessage(), e);
            }
            entries.add("new dev.weft.bindings.Expected(" + instanceNameExpr + ", " + JavaNames.literal(f.externName())
                    + ", " + JavaNames.literal(signature) + ")");
        }
        w.doc("", "The imported functions these bindings provide, with their expected types.");
        w.line(modifiers + "java.util.List<dev.weft.bindings.Expected> " + listName + " = java.util.List.of(");
        for (int i = 0; i < entries.size(); i++) {
            w.line("        " + entries.get(i) + (i == entries.size() - 1 ? "" : ","));
        }
        w.line("        );");
        w.blank();
    }

    /** The Java interface the host implements for resource {@code def}, and its {@code HostResource} constant. */
    void writeResource(JavaWriter w, TypeDef def, String modifiers) throws BindgenException {
        String name = JavaNames.pascal(def.name());
        w.doc(def.docs(), "Resource `" + def.name() + "`, implemented by the host: each handle the component "
                + "holds is one such object; {@link #close()} runs when the component drops its handle.");
        w.line("public interface " + name + " extends AutoCloseable {");
        for (Function f : functions) {
            if (f.kind() == Function.Kind.METHOD && f.resource().orElseThrow().equals(def.name())) {
                abstractMethod(w, f, JavaNames.camel(f.name()), f.params().subList(1, f.params().size()));
            }
        }
        w.line("/** Called when the component drops its handle to this object. */");
        w.line("@Override");
        w.line("default void close() {");
        w.line("}");
        w.line("}");
        w.blank();
        w.line("/** The host resource type of {@link " + name + "}. */");
        w.line(modifiers + "dev.weft.runtime.HostResource<" + name + "> " + JavaNames.constant(def.name())
                + "_RESOURCE = dev.weft.runtime.HostResource.of(" + JavaNames.literal(def.name()) + ", " + name
                + ".class, " + name + "::close);");
        w.blank();
    }

    /** The abstract methods of the functions that are not resource methods. */
    void writeAbstractMethods(JavaWriter w) throws BindgenException {
        for (Function f : functions) {
            if (f.kind() != Function.Kind.METHOD) {
                abstractMethod(w, f, GuestCalls.methodName(f), f.params());
            }
        }
    }

    private void abstractMethod(JavaWriter w, Function f, String name, List<Param> params) throws BindgenException {
        try {
            List<String> decl = new ArrayList<>();
            for (Param p : params) {
                decl.add(types.javaType(p.type(), false) + " " + JavaNames.camel(p.name()));
            }
            String returns = f.result().isPresent() ? types.javaType(f.result().get(), false) : "void";
            w.doc(f.docs(), "Implements the import {@code " + f.externName() + "}.");
            w.line(returns + " " + name + "(" + String.join(", ", decl) + ");");
            w.blank();
        } catch (BindgenException e) {
            throw new BindgenException("function `" + f.externName() + "`: " + e.getMessage(), e);
        }
    }

    /**
     * Statements registering every function and resource in the {@code LinkerInstance} {@code li}, calling the
     * implementation {@code impl}.
     */
    void writeGlue(JavaWriter w, List<TypeDef> resources, String holder) throws BindgenException {
        for (TypeDef r : resources) {
            w.line("li.resource(" + JavaNames.literal(r.name()) + ", " + holder + "." + JavaNames.constant(r.name())
                    + "_RESOURCE);");
        }
        for (Function f : functions) {
            try {
                glue(w, f, holder);
            } catch (BindgenException e) {
                throw new BindgenException("function `" + f.externName() + "`: " + e.getMessage(), e);
            }
        }
    }

    private void glue(JavaWriter w, Function f, String holder) throws BindgenException {
        List<String> args = new ArrayList<>();
        String target;
        List<Param> params = f.params();
        if (f.kind() == Function.Kind.METHOD) {
            target = types.lift(params.get(0).type(), "args.get(0)", 0, null);
            for (int i = 1; i < params.size(); i++) {
                args.add(types.lift(params.get(i).type(), "args.get(" + i + ")", 0, null));
            }
            target = target + "." + JavaNames.camel(f.name());
        } else {
            for (int i = 0; i < params.size(); i++) {
                args.add(types.lift(params.get(i).type(), "args.get(" + i + ")", 0, null));
            }
            target = "impl." + GuestCalls.methodName(f);
        }
        String call = target + "(" + String.join(", ", args) + ")";
        w.line("li.function(" + JavaNames.literal(f.externName()) + ", args -> {");
        if (f.result().isPresent()) {
            w.line("var r$ = " + call + ";");
            w.line("return java.util.List.of(" + types.lower(f.result().get(), "r$", 0) + ");");
        } else {
            w.line(call + ";");
            w.line("return java.util.List.of();");
        }
        w.line("});");
    }
}
