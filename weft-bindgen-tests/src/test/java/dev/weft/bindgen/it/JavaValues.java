package dev.weft.bindgen.it;

import dev.weft.bindings.Result;
import dev.weft.component.types.EnumType;
import dev.weft.component.types.FlagsType;
import dev.weft.component.types.ListType;
import dev.weft.component.types.OptionType;
import dev.weft.component.types.PrimitiveType;
import dev.weft.component.types.RecordType;
import dev.weft.component.types.ResultType;
import dev.weft.component.types.TupleType;
import dev.weft.component.types.ValueType;
import dev.weft.component.types.VariantType;
import dev.weft.value.BoolVal;
import dev.weft.value.CharVal;
import dev.weft.value.F32Val;
import dev.weft.value.F64Val;
import dev.weft.value.FlagsVal;
import dev.weft.value.ListVal;
import dev.weft.value.OptionVal;
import dev.weft.value.ResultVal;
import dev.weft.value.S16Val;
import dev.weft.value.S32Val;
import dev.weft.value.S64Val;
import dev.weft.value.S8Val;
import dev.weft.value.StringVal;
import dev.weft.value.TupleVal;
import dev.weft.value.U16Val;
import dev.weft.value.U32Val;
import dev.weft.value.U64Val;
import dev.weft.value.U8Val;
import dev.weft.value.Val;
import java.lang.reflect.Array;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Test-side conversion between the Java values of generated bindings and {@link Val}s, written independently of
 * the generator (by reflection over the Java types and the WIT value types): arguments parsed from jco's WAVE
 * become Java values for the typed call, and its Java result becomes a {@code Val} to compare with jco's.
 * Named types (records, variants, enums, flags) use their generated {@code fromVal}/{@code toVal}.
 */
final class JavaValues {
    private JavaValues() {
    }

    /** The Java value of Java type {@code type} for {@code v}. */
    static Object toJava(Val v, Type type) throws ReflectiveOperationException {
        if (type instanceof Class<?> c && c.isArray()) {
            List<Val> elements = ((ListVal) v).elements();
            Object array = Array.newInstance(c.getComponentType(), elements.size());
            for (int i = 0; i < elements.size(); i++) {
                Object e = primitive(elements.get(i));
                if (c.getComponentType() == byte.class && e instanceof Integer u8) {
                    e = (byte) (int) u8;   // list<u8> as byte[]: the unsigned value's low 8 bits
                }
                Array.set(array, i, e);
            }
            return array;
        }
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type[] args = p.getActualTypeArguments();
            if (raw == List.class) {
                List<Object> out = new ArrayList<>();
                for (Val e : ((ListVal) v).elements()) {
                    out.add(toJava(e, args[0]));
                }
                return out;
            }
            if (raw == Optional.class) {
                OptionVal o = (OptionVal) v;
                return o.value().isEmpty() ? Optional.empty() : Optional.of(toJava(o.value().get(), args[0]));
            }
            if (raw == Result.class) {
                ResultVal r = (ResultVal) v;
                Object payload = r.payload().isEmpty() ? null : toJava(r.payload().get(), args[r.isOk() ? 0 : 1]);
                return r.isOk() ? Result.ok(payload) : Result.err(payload);
            }
            if (raw == Set.class) {
                return ((Class<?>) args[0]).getMethod("setFromVal", Val.class).invoke(null, v);
            }
            if (raw.isRecord()) {   // TupleN
                List<Val> elements = ((TupleVal) v).elements();
                Object[] values = new Object[elements.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = toJava(elements.get(i), args[i]);
                }
                Class<?>[] erased = new Class<?>[values.length];
                java.util.Arrays.fill(erased, Object.class);
                return raw.getConstructor(erased).newInstance(values);
            }
            throw new IllegalArgumentException("unexpected Java type " + type);
        }
        Class<?> c = (Class<?>) type;
        if (c.isPrimitive() || c == String.class || Number.class.isAssignableFrom(c) || c == Boolean.class) {
            return primitive(v);
        }
        return c.getMethod("fromVal", Val.class).invoke(null, v);
    }

    private static Object primitive(Val v) {
        return switch (v) {
            case BoolVal b -> b.value();
            case S8Val s -> s.value();
            case U8Val u -> u.value();
            case S16Val s -> s.value();
            case U16Val u -> u.value();
            case S32Val s -> s.value();
            case U32Val u -> u.value();
            case S64Val s -> s.value();
            case U64Val u -> u.bits();
            case F32Val f -> f.value();
            case F64Val f -> f.value();
            case CharVal c -> c.codePoint();
            case StringVal s -> s.value();
            default -> throw new IllegalArgumentException("not a primitive value: " + v);
        };
    }

    /** The {@code Val} of WIT type {@code type} for the Java value {@code o}. */
    static Val toVal(Object o, ValueType type) throws ReflectiveOperationException {
        return switch (type) {
            case PrimitiveType p -> primitiveVal(o, p);
            case ListType l -> {
                List<Val> out = new ArrayList<>();
                if (o.getClass().isArray()) {
                    for (int i = 0; i < Array.getLength(o); i++) {
                        Object e = Array.get(o, i);
                        out.add(toVal(e instanceof Byte b && l.element() == PrimitiveType.U8 ? b & 0xFF : e,
                                l.element()));
                    }
                } else {
                    for (Object e : (List<?>) o) {
                        out.add(toVal(e, l.element()));
                    }
                }
                yield new ListVal(out);
            }
            case OptionType opt -> {
                Optional<?> value = (Optional<?>) o;
                yield new OptionVal(value.isEmpty() ? Optional.empty() : Optional.of(toVal(value.get(), opt.some())));
            }
            case ResultType r -> {
                Result<?, ?> result = (Result<?, ?>) o;
                Optional<ValueType> side = result.isOk() ? r.ok() : r.err();
                Object payload = result.isOk() ? result.ok().orElse(null) : result.err().orElse(null);
                yield new ResultVal(result.isOk(), side.isEmpty() ? Optional.empty()
                        : Optional.of(toVal(payload, side.get())));
            }
            case TupleType t -> {
                RecordComponent[] components = o.getClass().getRecordComponents();
                List<Val> out = new ArrayList<>();
                for (int i = 0; i < components.length; i++) {
                    out.add(toVal(components[i].getAccessor().invoke(o), t.elements().get(i)));
                }
                yield new TupleVal(out);
            }
            case FlagsType f -> {
                Set<?> set = (Set<?>) o;
                List<String> names = new ArrayList<>();
                for (String name : f.names()) {
                    if (set.stream().anyMatch(e -> witName(e).equals(name))) {
                        names.add(name);
                    }
                }
                yield new FlagsVal(names);
            }
            case RecordType r -> (Val) o.getClass().getMethod("toVal").invoke(o);
            case VariantType v -> (Val) o.getClass().getMethod("toVal").invoke(o);
            case EnumType e -> (Val) o.getClass().getMethod("toVal").invoke(o);
            default -> throw new IllegalArgumentException("unexpected type " + type);
        };
    }

    private static String witName(Object flag) {
        try {
            return (String) flag.getClass().getMethod("witName").invoke(flag);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Val primitiveVal(Object o, PrimitiveType p) {
        return switch (p) {
            case BOOL -> new BoolVal((Boolean) o);
            case S8 -> new S8Val((Byte) o);
            case U8 -> new U8Val((Integer) o);
            case S16 -> new S16Val((Short) o);
            case U16 -> new U16Val((Integer) o);
            case S32 -> new S32Val((Integer) o);
            case U32 -> new U32Val((Long) o);
            case S64 -> new S64Val((Long) o);
            case U64 -> new U64Val((Long) o);
            case F32 -> new F32Val((Float) o);
            case F64 -> new F64Val((Double) o);
            case CHAR -> new CharVal((Integer) o);
            case STRING -> new StringVal((String) o);
            case ERROR_CONTEXT -> throw new IllegalArgumentException("error-context");
        };
    }
}
