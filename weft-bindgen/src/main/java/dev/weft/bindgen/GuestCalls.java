package dev.weft.bindgen;

import dev.weft.bindings.Signatures;
import dev.weft.wit.resolve.Function;
import dev.weft.wit.resolve.Param;
import dev.weft.wit.resolve.WitType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes typed proxies for functions a component exports: for each, an {@code Expected} constant, a
 * {@code ComponentFunction} field bound (and type-checked) in the constructor, and a typed Java method that
 * lowers its arguments, calls, and lifts the result. Resource methods go into the resource's handle class.
 */
final class GuestCalls {
    private final TypeMapper types;
    private final String instanceNameExpr;
    private final List<Function> functions;

    /**
     * @param instanceNameExpr the Java expression naming the exported instance ({@code ""} literal for world-level
     *     functions)
     */
    GuestCalls(TypeMapper types, String instanceNameExpr, List<Function> functions) {
        this.types = types;
        this.instanceNameExpr = instanceNameExpr;
        this.functions = List.copyOf(functions);
    }

    String expectedConstant(int i) {
        return "E$" + i;
    }

    /** {@code private static final Expected E$i = ...;} per function, and the list of them. */
    void writeExpected(JavaWriter w, String listName) throws BindgenException {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < functions.size(); i++) {
            Function f = functions.get(i);
            String signature;
            try {
                signature = Signatures.of(types.context().model().toFuncType(f));
            } catch (RuntimeException e) {
                throw new BindgenException("function `" + f.externName() + "`: " + e.getMessage(), e);
            }
            w.line("private static final dev.weft.bindings.Expected " + expectedConstant(i)
                    + " = new dev.weft.bindings.Expected(" + instanceNameExpr + ", "
                    + JavaNames.literal(f.externName()) + ", " + JavaNames.literal(signature) + ");");
            names.add(expectedConstant(i));
        }
        w.doc("", "The exported functions these bindings call, with their expected types.");
        w.line("public static final java.util.List<dev.weft.bindings.Expected> " + listName + " = java.util.List.of("
                + String.join(", ", names) + ");");
        w.blank();
    }

    void writeFields(JavaWriter w) {
        for (int i = 0; i < functions.size(); i++) {
            w.line("private final dev.weft.runtime.ComponentFunction f$" + i + ";");
        }
    }

    /** Statements for the constructor, with {@code instance$} bound. */
    void writeBinds(JavaWriter w) {
        for (int i = 0; i < functions.size(); i++) {
            w.line("this.f$" + i + " = dev.weft.bindings.Binding.function(instance$, " + expectedConstant(i) + ");");
        }
    }

    /** Methods for the functions that are not resource methods (constructors and statics included). */
    void writeMethods(JavaWriter w) throws BindgenException {
        for (int i = 0; i < functions.size(); i++) {
            Function f = functions.get(i);
            if (f.kind() != Function.Kind.METHOD) {
                method(w, f, i, methodName(f), f.params(), Optional.empty());
            }
        }
    }

    /** Methods of the handle class of resource {@code resource}. */
    void writeResourceMethods(JavaWriter w, String resource) throws BindgenException {
        for (int i = 0; i < functions.size(); i++) {
            Function f = functions.get(i);
            if (f.kind() == Function.Kind.METHOD && f.resource().orElseThrow().equals(resource)) {
                method(w, f, i, JavaNames.camel(f.name()), f.params().subList(1, f.params().size()),
                        Optional.of("borrow()"));
            }
        }
    }

    static String methodName(Function f) {
        return switch (f.kind()) {
            case FREESTANDING -> JavaNames.camel(f.name());
            case CONSTRUCTOR -> "new" + JavaNames.pascal(f.resource().orElseThrow());
            case STATIC -> JavaNames.camel(f.resource().orElseThrow() + "-" + f.name());
            case METHOD -> JavaNames.camel(f.name());
        };
    }

    private void method(JavaWriter w, Function f, int i, String name, List<Param> params, Optional<String> self)
            throws BindgenException {
        try {
            List<String> decl = new ArrayList<>();
            List<String> lowered = new ArrayList<>();
            self.ifPresent(lowered::add);
            for (Param p : params) {
                String pn = JavaNames.camel(p.name());
                decl.add(types.javaType(p.type(), false) + " " + pn);
                lowered.add(types.lower(p.type(), pn, 0));
            }
            String returns = f.result().isPresent() ? types.javaType(f.result().get(), false) : "void";
            w.doc(f.docs(), "Calls {@code " + f.externName() + "}.");
            w.line("public " + returns + " " + name + "(" + String.join(", ", decl)
                    + ") throws dev.weft.error.Trap {");
            String call = "f$" + i + ".call(java.util.List.of(" + String.join(", ", lowered) + "))";
            if (f.result().isPresent()) {
                WitType result = f.result().get();
                w.line("return " + types.lift(result, call + ".get(0)", 0, "instance$") + ";");
            } else {
                w.line(call + ";");
            }
            w.line("}");
            w.blank();
        } catch (BindgenException e) {
            throw new BindgenException("function `" + f.externName() + "`: " + e.getMessage(), e);
        }
    }
}
