package dev.weft.bindgen;

import dev.weft.component.types.PrimitiveType;
import dev.weft.wit.resolve.TypeDefKind;
import dev.weft.wit.resolve.TypeRef;
import dev.weft.wit.resolve.WitType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Maps WIT types to Java types, and writes the Java expressions that convert between a Java value and its
 * dynamic {@code Val} ({@code lower}: Java → Val; {@code lift}: Val → Java). Unsigned numbers widen
 * ({@code u8}/{@code u16} → int, {@code u32} → long) and are range-checked when lowered; {@code u64} is a long
 * with unsigned meaning. Lists of numbers and bools are primitive arrays.
 */
final class TypeMapper {
    private static final int MAX_TUPLE = 12;
    private final TypeContext ctx;

    TypeMapper(TypeContext ctx) {
        this.ctx = ctx;
    }

    TypeContext context() {
        return ctx;
    }

    /** The Java type of {@code type}; {@code boxed} for use as a type argument. */
    String javaType(WitType type, boolean boxed) throws BindgenException {
        WitType t = ctx.resolve(type);
        return switch (t) {
            case WitType.Primitive(PrimitiveType p) -> primitive(p, boxed);
            case WitType.Named(TypeRef ref) -> named(ref);
            case WitType.Borrow(TypeRef ref) -> ctx.javaName(ref);
            case WitType.ListOf(WitType element) -> arrayOf(element).orElse(
                    "java.util.List<" + javaType(element, true) + ">");
            case WitType.OptionOf(WitType some) -> "java.util.Optional<" + javaType(some, true) + ">";
            case WitType.ResultOf(Optional<WitType> ok, Optional<WitType> err) -> "dev.weft.bindings.Result<"
                    + boxedOrVoid(ok) + ", " + boxedOrVoid(err) + ">";
            case WitType.TupleOf(List<WitType> elements) -> tupleType(elements);
            case WitType.FixedListOf f -> throw unsupported("fixed-length list");
            case WitType.MapOf m -> throw unsupported("map");
            case WitType.FutureOf f -> throw unsupported("future");
            case WitType.StreamOf s -> throw unsupported("stream");
        };
    }

    private String named(TypeRef ref) throws BindgenException {
        String name = ctx.javaName(ref);
        return ctx.definition(ref).kind() instanceof TypeDefKind.Flags ? "java.util.Set<" + name + ">" : name;
    }

    private String boxedOrVoid(Optional<WitType> t) throws BindgenException {
        return t.isPresent() ? javaType(t.get(), true) : "Void";
    }

    private String tupleType(List<WitType> elements) throws BindgenException {
        if (elements.isEmpty() || elements.size() > MAX_TUPLE) {
            throw new BindgenException("tuples of " + elements.size() + " elements are not supported (1.."
                    + MAX_TUPLE + ")");
        }
        List<String> parts = new ArrayList<>();
        for (WitType e : elements) {
            parts.add(javaType(e, true));
        }
        return "dev.weft.bindings.Tuple" + elements.size() + "<" + String.join(", ", parts) + ">";
    }

    private static String primitive(PrimitiveType p, boolean boxed) throws BindgenException {
        return switch (p) {
            case BOOL -> boxed ? "Boolean" : "boolean";
            case S8 -> boxed ? "Byte" : "byte";
            case S16 -> boxed ? "Short" : "short";
            case U8, U16, S32, CHAR -> boxed ? "Integer" : "int";
            case U32, S64, U64 -> boxed ? "Long" : "long";
            case F32 -> boxed ? "Float" : "float";
            case F64 -> boxed ? "Double" : "double";
            case STRING -> "String";
            case ERROR_CONTEXT -> throw unsupported("error-context");
        };
    }

    /** {@code byte[]} and the like for lists of numbers and bools (chars and strings stay lists). */
    private Optional<String> arrayOf(WitType element) {
        return primitiveSuffix(element).map(s -> switch (s) {
            case "bytes", "s8s" -> "byte[]";
            case "s16s" -> "short[]";
            case "u16s", "s32s" -> "int[]";
            case "u32s", "s64s", "u64s" -> "long[]";
            case "f32s" -> "float[]";
            case "f64s" -> "double[]";
            default -> "boolean[]";
        });
    }

    /** The helper name in {@code Lower}/{@code Lift} for a primitive array's element type. */
    private Optional<String> primitiveSuffix(WitType element) {
        if (!(ctx.resolve(element) instanceof WitType.Primitive(PrimitiveType p))) {
            return Optional.empty();
        }
        return switch (p) {
            case U8 -> Optional.of("bytes");
            case S8, S16, U16, S32, U32, S64, U64, F32, F64 -> Optional.of(p.witName() + "s");
            case BOOL -> Optional.of("bools");
            case CHAR, STRING, ERROR_CONTEXT -> Optional.empty();
        };
    }

    /** A Java expression of type {@code Val} for the Java value {@code expr} of WIT type {@code type}. */
    String lower(WitType type, String expr, int depth) throws BindgenException {
        WitType t = ctx.resolve(type);
        String v = "v$" + depth;
        return switch (t) {
            case WitType.Primitive(PrimitiveType p) -> "dev.weft.bindings.Lower." + primitiveHelper(p) + "(" + expr
                    + ")";
            case WitType.Named(TypeRef ref) -> lowerNamed(ref, expr);
            case WitType.Borrow(TypeRef ref) -> ctx.isGuestResource(ref) ? expr + ".borrow()"
                    : "dev.weft.bindings.HostResources.borrow(" + ctx.hostResourceConstant(ref) + ", " + expr + ")";
            case WitType.ListOf(WitType element) -> primitiveSuffix(element).isPresent()
                    ? "dev.weft.bindings.Lower." + primitiveSuffix(element).get() + "(" + expr + ")"
                    : "dev.weft.bindings.Lower.list(" + expr + ", " + v + " -> " + lower(element, v, depth + 1)
                            + ")";
            case WitType.OptionOf(WitType some) -> "dev.weft.bindings.Lower.option(" + expr + ", " + v + " -> "
                    + lower(some, v, depth + 1) + ")";
            case WitType.ResultOf(Optional<WitType> ok, Optional<WitType> err) -> "dev.weft.bindings.Lower.result("
                    + expr + ", " + lowerFn(ok, depth) + ", " + lowerFn(err, depth) + ")";
            case WitType.TupleOf(List<WitType> elements) -> lowerTuple(elements, expr, depth);
            default -> throw unsupported(t.getClass().getSimpleName());
        };
    }

    private String lowerNamed(TypeRef ref, String expr) throws BindgenException {
        return switch (ctx.definition(ref).kind()) {
            case TypeDefKind.Flags f -> ctx.javaName(ref) + ".toVal(" + expr + ")";
            case TypeDefKind.Resource r -> ctx.isGuestResource(ref) ? expr + ".take()"
                    : "dev.weft.bindings.HostResources.own(" + ctx.hostResourceConstant(ref) + ", " + expr + ")";
            default -> expr + ".toVal()";
        };
    }

    private String lowerFn(Optional<WitType> type, int depth) throws BindgenException {
        String v = "v$" + depth;
        return type.isEmpty() ? "null" : v + " -> " + lower(type.get(), v, depth + 1);
    }

    private String lowerTuple(List<WitType> elements, String expr, int depth) throws BindgenException {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            parts.add(lower(elements.get(i), expr + ".v" + (i + 1) + "()", depth));
        }
        return "dev.weft.bindings.Lower.tuple(" + String.join(", ", parts) + ")";
    }

    /**
     * A Java expression of the Java type of {@code type} for the {@code Val} expression {@code expr}.
     * {@code instance} names the {@code ComponentInstance} in scope (for handles of guest resources), or is
     * null where there is none.
     */
    String lift(WitType type, String expr, int depth, String instance) throws BindgenException {
        WitType t = ctx.resolve(type);
        String v = "v$" + depth;
        return switch (t) {
            case WitType.Primitive(PrimitiveType p) -> "dev.weft.bindings.Lift." + primitiveHelper(p) + "(" + expr
                    + ")";
            case WitType.Named(TypeRef ref) -> liftNamed(ref, expr, instance);
            case WitType.Borrow(TypeRef ref) -> {
                if (ctx.isGuestResource(ref)) {
                    throw new BindgenException("borrow<" + ref.name() + "> of a guest resource passed to the host "
                            + "is not supported");
                }
                yield "dev.weft.bindings.HostResources.get(" + ctx.hostResourceConstant(ref) + ", " + expr + ")";
            }
            case WitType.ListOf(WitType element) -> primitiveSuffix(element).isPresent()
                    ? "dev.weft.bindings.Lift." + primitiveSuffix(element).get() + "(" + expr + ")"
                    : "dev.weft.bindings.Lift.<" + javaType(element, true) + ">list(" + expr + ", " + v + " -> "
                            + lift(element, v, depth + 1, instance) + ")";
            case WitType.OptionOf(WitType some) -> "dev.weft.bindings.Lift.<" + javaType(some, true) + ">option("
                    + expr + ", " + v + " -> " + lift(some, v, depth + 1, instance) + ")";
            case WitType.ResultOf(Optional<WitType> ok, Optional<WitType> err) -> "dev.weft.bindings.Lift.<"
                    + boxedOrVoid(ok) + ", " + boxedOrVoid(err) + ">result(" + expr + ", "
                    + liftFn(ok, depth, instance) + ", " + liftFn(err, depth, instance) + ")";
            case WitType.TupleOf(List<WitType> elements) -> liftTuple(elements, expr, depth, instance);
            default -> throw unsupported(t.getClass().getSimpleName());
        };
    }

    private String liftNamed(TypeRef ref, String expr, String instance) throws BindgenException {
        String name = ctx.javaName(ref);
        return switch (ctx.definition(ref).kind()) {
            case TypeDefKind.Flags f -> name + ".setFromVal(" + expr + ")";
            case TypeDefKind.Resource r -> {
                if (!ctx.isGuestResource(ref)) {
                    yield "dev.weft.bindings.HostResources.get(" + ctx.hostResourceConstant(ref) + ", " + expr + ")";
                }
                if (instance == null) {
                    throw new BindgenException("resource `" + ref.name() + "` inside a named type is not supported "
                            + "for exported resources; pass it as a parameter or result");
                }
                yield "new " + name + "(" + instance + ", " + expr + ")";
            }
            default -> name + ".fromVal(" + expr + ")";
        };
    }

    private String liftFn(Optional<WitType> type, int depth, String instance) throws BindgenException {
        String v = "v$" + depth;
        return type.isEmpty() ? "null" : v + " -> " + lift(type.get(), v, depth + 1, instance);
    }

    private String liftTuple(List<WitType> elements, String expr, int depth, String instance)
            throws BindgenException {
        String t = "t$" + depth;
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            parts.add(lift(elements.get(i), t + ".get(" + i + ")", depth + 1, instance));
        }
        return "dev.weft.bindings.Lift.<" + tupleType(elements) + ">tuple(" + expr + ", " + t + " -> new "
                + tupleType(elements) + "(" + String.join(", ", parts) + "))";
    }

    private static String primitiveHelper(PrimitiveType p) throws BindgenException {
        return switch (p) {
            case CHAR -> "chr";
            case ERROR_CONTEXT -> throw unsupported("error-context");
            default -> p.witName();
        };
    }

    private static BindgenException unsupported(String what) {
        return new BindgenException(what + " types are not supported by the Java bindings yet");
    }
}
