package dev.weft.component.print;

import dev.weft.component.types.BorrowType;
import dev.weft.component.types.ComponentType;
import dev.weft.component.types.CoreExternType;
import dev.weft.component.types.CoreFuncType;
import dev.weft.component.types.CoreGlobalType;
import dev.weft.component.types.CoreMemoryType;
import dev.weft.component.types.CoreModuleType;
import dev.weft.component.types.CoreTableType;
import dev.weft.component.types.CoreTagType;
import dev.weft.component.types.CoreValType;
import dev.weft.component.types.EnumType;
import dev.weft.component.types.ExternType;
import dev.weft.component.types.FixedListType;
import dev.weft.component.types.FlagsType;
import dev.weft.component.types.FuncType;
import dev.weft.component.types.FutureType;
import dev.weft.component.types.InstanceType;
import dev.weft.component.types.ListType;
import dev.weft.component.types.MapType;
import dev.weft.component.types.NamedExtern;
import dev.weft.component.types.OptionType;
import dev.weft.component.types.OwnType;
import dev.weft.component.types.PrimitiveType;
import dev.weft.component.types.RecordType;
import dev.weft.component.types.ResourceType;
import dev.weft.component.types.ResultType;
import dev.weft.component.types.StreamType;
import dev.weft.component.types.TupleType;
import dev.weft.component.types.TypeBound;
import dev.weft.component.types.TypeDefinition;
import dev.weft.component.types.TypeExtern;
import dev.weft.component.types.ValueExtern;
import dev.weft.component.types.ValueType;
import dev.weft.component.types.VariantType;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders resolved types as one-line, WIT-like text for people ({@code weft inspect}, error messages). Structural
 * types print inline ({@code record { x: u32 }}), since resolved types carry no names; resources print by their
 * debug name.
 */
public final class TypePrinter {
    private TypePrinter() {
    }

    public static String valueType(ValueType type) {
        return switch (type) {
            case PrimitiveType p -> p.witName();
            case RecordType r -> "record { " + r.fields().stream()
                    .map(f -> f.name() + ": " + valueType(f.type())).collect(Collectors.joining(", ")) + " }";
            case VariantType v -> "variant { " + v.cases().stream()
                    .map(c -> c.name() + c.payload().map(p -> "(" + valueType(p) + ")").orElse(""))
                    .collect(Collectors.joining(", ")) + " }";
            case ListType l -> "list<" + valueType(l.element()) + ">";
            case FixedListType l -> "list<" + valueType(l.element()) + ", " + l.length() + ">";
            case MapType m -> "map<" + valueType(m.key()) + ", " + valueType(m.value()) + ">";
            case TupleType t -> "tuple<" + t.elements().stream().map(TypePrinter::valueType)
                    .collect(Collectors.joining(", ")) + ">";
            case FlagsType f -> "flags { " + String.join(", ", f.names()) + " }";
            case EnumType e -> "enum { " + String.join(", ", e.names()) + " }";
            case OptionType o -> "option<" + valueType(o.some()) + ">";
            case ResultType r -> result(r);
            case OwnType o -> "own<" + o.resource().displayName() + ">";
            case BorrowType b -> "borrow<" + b.resource().displayName() + ">";
            case StreamType s -> s.element().map(e -> "stream<" + valueType(e) + ">").orElse("stream");
            case FutureType f -> f.element().map(e -> "future<" + valueType(e) + ">").orElse("future");
        };
    }

    private static String result(ResultType r) {
        if (r.ok().isEmpty() && r.err().isEmpty()) {
            return "result";
        }
        String ok = r.ok().map(TypePrinter::valueType).orElse("_");
        return r.err().map(e -> "result<" + ok + ", " + valueType(e) + ">").orElse("result<" + ok + ">");
    }

    public static String func(FuncType func) {
        String params = func.params().stream().map(p -> p.name() + ": " + valueType(p.type()))
                .collect(Collectors.joining(", "));
        return (func.async() ? "async func(" : "func(") + params + ")"
                + func.result().map(r -> " -> " + valueType(r)).orElse("");
    }

    public static String externType(ExternType type) {
        return switch (type) {
            case CoreModuleType m -> "core module (" + m.imports().size() + " imports, " + m.exports().size()
                    + " exports)";
            case FuncType f -> func(f);
            case ValueExtern v -> "value " + valueType(v.type());
            case TypeExtern t -> typeBound(t.bound());
            case InstanceType i -> "instance { " + members(i.exports()) + " }";
            case ComponentType c -> "component { imports: " + members(c.imports()) + "; exports: "
                    + members(c.exports()) + " }";
        };
    }

    public static String typeDefinition(TypeDefinition definition) {
        return switch (definition) {
            case ValueType v -> valueType(v);
            case FuncType f -> func(f);
            case InstanceType i -> externType(i);
            case ComponentType c -> externType(c);
            case ResourceType r -> "resource " + r.displayName();
        };
    }

    private static String typeBound(TypeBound bound) {
        return switch (bound) {
            case TypeBound.Eq eq -> "type = " + typeDefinition(eq.type());
            case TypeBound.SubResource sub -> "resource";
        };
    }

    private static String members(List<NamedExtern> members) {
        return members.stream().map(m -> m.name() + ": " + externType(m.type())).collect(Collectors.joining("; "));
    }

    public static String coreExternType(CoreExternType type) {
        return switch (type) {
            case CoreFuncType f -> "func " + coreValTypes(f.params()) + " -> " + coreValTypes(f.results());
            case CoreTableType t -> "table " + t.element() + " " + limits(t.min(), t.max());
            case CoreMemoryType m -> "memory " + (m.memory64() ? "i64 " : "") + limits(m.min(), m.max())
                    + (m.shared() ? " shared" : "");
            case CoreGlobalType g -> "global " + (g.mutable() ? "mut " : "") + g.type();
            case CoreTagType t -> "tag";
        };
    }

    private static String coreValTypes(List<CoreValType> types) {
        return "(" + types.stream().map(CoreValType::toString).collect(Collectors.joining(", ")) + ")";
    }

    private static String limits(long min, java.util.OptionalLong max) {
        return max.isPresent() ? min + ".." + max.getAsLong() : min + "..";
    }
}
