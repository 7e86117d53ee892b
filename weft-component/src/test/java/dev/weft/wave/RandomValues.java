package dev.weft.wave;

import dev.weft.component.types.EnumType;
import dev.weft.component.types.FixedListType;
import dev.weft.component.types.FlagsType;
import dev.weft.component.types.ListType;
import dev.weft.component.types.MapType;
import dev.weft.component.types.OptionType;
import dev.weft.component.types.PrimitiveType;
import dev.weft.component.types.RecordType;
import dev.weft.component.types.ResultType;
import dev.weft.component.types.TupleType;
import dev.weft.component.types.ValueType;
import dev.weft.component.types.VariantType;
import dev.weft.value.BoolVal;
import dev.weft.value.CharVal;
import dev.weft.value.EnumVal;
import dev.weft.value.F32Val;
import dev.weft.value.F64Val;
import dev.weft.value.FixedListVal;
import dev.weft.value.FlagsVal;
import dev.weft.value.ListVal;
import dev.weft.value.MapVal;
import dev.weft.value.OptionVal;
import dev.weft.value.RecordVal;
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
import dev.weft.value.VariantVal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/** A small generator of random value types (WAVE-expressible ones) and random values of a type. */
final class RandomValues {
    private static final PrimitiveType[] PRIMITIVES = {
        PrimitiveType.BOOL, PrimitiveType.S8, PrimitiveType.U8, PrimitiveType.S16, PrimitiveType.U16,
        PrimitiveType.S32, PrimitiveType.U32, PrimitiveType.S64, PrimitiveType.U64, PrimitiveType.F32,
        PrimitiveType.F64, PrimitiveType.CHAR, PrimitiveType.STRING,
    };
    private static final String[] WORDS = {
        "a", "b", "red", "green", "x1", "HTTP3", "GET", "some", "none", "ok", "err", "true", "false", "inf", "nan",
    };
    private static final int[] SPECIAL_CHARS = {
        '\\', '\'', '"', '\t', '\n', '\r', 0, 0x1b, 0x7f, ' ', 0xa0, 0x200b, 0x301, 0xfe0f, 0x2603, 0x1F30A,
        0xe000, 0x10FFFF, 0xFFFD, '%', '/', '{', '}', ',',
    };

    private final Random random;

    RandomValues(long seed) {
        this.random = new Random(seed);
    }

    ValueType type(int depth) {
        int pick = depth <= 0 ? 0 : random.nextInt(14);
        return switch (pick) {
            case 1 -> new ListType(type(depth - 1));
            case 2 -> new FixedListType(type(depth - 1), random.nextInt(4));
            case 3 -> new MapType(type(depth - 1), type(depth - 1));
            case 4 -> new TupleType(types(depth - 1, 1 + random.nextInt(3)));
            case 5 -> record(depth - 1);
            case 6 -> variant(depth - 1);
            case 7 -> new EnumType(labels(1 + random.nextInt(4)));
            case 8 -> new FlagsType(labels(1 + random.nextInt(5)));
            case 9, 10 -> new OptionType(type(depth - 1));
            case 11, 12 -> new ResultType(maybeType(depth - 1), maybeType(depth - 1));
            default -> PRIMITIVES[random.nextInt(PRIMITIVES.length)];
        };
    }

    private List<ValueType> types(int depth, int n) {
        List<ValueType> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(type(depth));
        }
        return out;
    }

    private Optional<ValueType> maybeType(int depth) {
        return random.nextBoolean() ? Optional.of(type(depth)) : Optional.empty();
    }

    private RecordType record(int depth) {
        List<RecordType.Field> fields = new ArrayList<>();
        for (String name : labels(1 + random.nextInt(4))) {
            fields.add(new RecordType.Field(name, random.nextInt(3) == 0 ? new OptionType(type(depth)) : type(depth)));
        }
        return new RecordType(fields);
    }

    private VariantType variant(int depth) {
        List<VariantType.Case> cases = new ArrayList<>();
        for (String name : labels(1 + random.nextInt(4))) {
            cases.add(new VariantType.Case(name, maybeType(depth)));
        }
        return new VariantType(cases);
    }

    private List<String> labels(int n) {
        Set<String> out = new LinkedHashSet<>();
        while (out.size() < n) {
            String label = WORDS[random.nextInt(WORDS.length)];
            if (random.nextInt(3) == 0) {
                label = label + "-" + WORDS[random.nextInt(WORDS.length)] + (random.nextBoolean() ? "-42" : "");
            }
            out.add(label);
        }
        return new ArrayList<>(out);
    }

    Val value(ValueType type) {
        return switch (type) {
            case PrimitiveType p -> primitive(p);
            case ListType l -> new ListVal(values(l.element(), random.nextInt(4)));
            case FixedListType l -> new FixedListVal(values(l.element(), l.length()));
            case MapType m -> {
                List<MapVal.Entry> entries = new ArrayList<>();
                for (int i = random.nextInt(3); i > 0; i--) {
                    entries.add(new MapVal.Entry(value(m.key()), value(m.value())));
                }
                yield new MapVal(entries);
            }
            case TupleType t -> new TupleVal(t.elements().stream().map(this::value).toList());
            case RecordType r -> new RecordVal(r.fields().stream()
                    .map(f -> new RecordVal.Field(f.name(), value(f.type()))).toList());
            case VariantType v -> {
                VariantType.Case c = v.cases().get(random.nextInt(v.cases().size()));
                yield new VariantVal(c.name(), c.payload().map(this::value));
            }
            case EnumType e -> new EnumVal(e.names().get(random.nextInt(e.names().size())));
            case FlagsType f -> new FlagsVal(f.names().stream().filter(n -> random.nextBoolean()).toList());
            case OptionType o -> new OptionVal(random.nextBoolean() ? Optional.of(value(o.some())) : Optional.empty());
            case ResultType r -> {
                boolean ok = random.nextBoolean();
                yield new ResultVal(ok, (ok ? r.ok() : r.err()).map(this::value));
            }
            default -> throw new IllegalArgumentException("not generated: " + type);
        };
    }

    private List<Val> values(ValueType element, int n) {
        List<Val> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(value(element));
        }
        return out;
    }

    private Val primitive(PrimitiveType p) {
        return switch (p) {
            case BOOL -> new BoolVal(random.nextBoolean());
            case S8 -> new S8Val((byte) edgeLong());
            case U8 -> new U8Val((int) (edgeLong() & 0xFF));
            case S16 -> new S16Val((short) edgeLong());
            case U16 -> new U16Val((int) (edgeLong() & 0xFFFF));
            case S32 -> new S32Val((int) edgeLong());
            case U32 -> new U32Val(edgeLong() & 0xFFFF_FFFFL);
            case S64 -> new S64Val(edgeLong());
            case U64 -> new U64Val(edgeLong());
            case F32 -> new F32Val(f32());
            case F64 -> new F64Val(f64());
            case CHAR -> new CharVal(codePoint());
            case STRING -> new StringVal(string());
            case ERROR_CONTEXT -> throw new IllegalArgumentException("error-context is not generated");
        };
    }

    private long edgeLong() {
        return switch (random.nextInt(4)) {
            case 0 -> new long[] {0, -1, 1, Long.MIN_VALUE, Long.MAX_VALUE, 127, 128, 255, 256}[random.nextInt(9)];
            case 1 -> random.nextInt(1000) - 500;
            default -> random.nextLong();
        };
    }

    private float f32() {
        return switch (random.nextInt(5)) {
            case 0 -> new float[] {0f, -0f, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY,
                Float.MIN_VALUE, Float.MAX_VALUE, Float.MIN_NORMAL, -Float.MAX_VALUE, 0.1f}[random.nextInt(10)];
            case 1 -> (random.nextInt(2000) - 1000) / 8f;
            default -> Float.intBitsToFloat(random.nextInt());
        };
    }

    private double f64() {
        return switch (random.nextInt(5)) {
            case 0 -> new double[] {0d, -0d, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                Double.MIN_VALUE, Double.MAX_VALUE, Double.MIN_NORMAL, 0.1, 1e23}[random.nextInt(10)];
            case 1 -> random.nextDouble() * Math.pow(10, random.nextInt(40) - 20);
            default -> Double.longBitsToDouble(random.nextLong());
        };
    }

    private int codePoint() {
        return switch (random.nextInt(3)) {
            case 0 -> SPECIAL_CHARS[random.nextInt(SPECIAL_CHARS.length)];
            case 1 -> 0x20 + random.nextInt(0x5f);
            default -> {
                int c;
                do {
                    c = random.nextInt(0x110000);
                } while (c >= 0xD800 && c <= 0xDFFF);
                yield c;
            }
        };
    }

    private String string() {
        StringBuilder s = new StringBuilder();
        for (int i = random.nextInt(8); i > 0; i--) {
            s.appendCodePoint(codePoint());
        }
        if (random.nextInt(10) == 0) {
            s.append("\"\"\"");
        }
        return s.toString();
    }
}
