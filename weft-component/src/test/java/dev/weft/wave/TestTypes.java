package dev.weft.wave;

import dev.weft.component.types.BorrowType;
import dev.weft.component.types.EnumType;
import dev.weft.component.types.FixedListType;
import dev.weft.component.types.FlagsType;
import dev.weft.component.types.ListType;
import dev.weft.component.types.MapType;
import dev.weft.component.types.OptionType;
import dev.weft.component.types.OwnType;
import dev.weft.component.types.PrimitiveType;
import dev.weft.component.types.RecordType;
import dev.weft.component.types.ResourceType;
import dev.weft.component.types.ResultType;
import dev.weft.component.types.TupleType;
import dev.weft.component.types.ValueType;
import dev.weft.component.types.VariantType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the compact type notation of the test data files: {@code u8}, {@code list<T>}, {@code list<T, 3>},
 * {@code option<T>}, {@code result}, {@code result<T>}, {@code result<_, E>}, {@code result<T, E>},
 * {@code tuple<A, B>}, {@code map<K, V>}, {@code record{a: T, b: U}}, {@code variant{a, b(T)}},
 * {@code enum{a, b}}, {@code flags{a, b}}, {@code own<r>}, {@code borrow<r>}.
 */
final class TestTypes {
    private static final Map<String, ResourceType> RESOURCES = new HashMap<>();

    private final String s;
    private int pos;

    private TestTypes(String s) {
        this.s = s;
    }

    static ValueType parse(String text) {
        TestTypes p = new TestTypes(text.trim());
        ValueType t = p.type();
        if (p.pos != p.s.length()) {
            throw new IllegalArgumentException("trailing text in type: " + text.substring(p.pos));
        }
        return t;
    }

    static synchronized ResourceType resource(String name) {
        return RESOURCES.computeIfAbsent(name, ResourceType::new);
    }

    private ValueType type() {
        String word = word();
        return switch (word) {
            case "list" -> {
                expect('<');
                ValueType e = type();
                if (eat(',')) {
                    int n = Integer.parseInt(word());
                    expect('>');
                    yield new FixedListType(e, n);
                }
                expect('>');
                yield new ListType(e);
            }
            case "option" -> {
                expect('<');
                ValueType e = type();
                expect('>');
                yield new OptionType(e);
            }
            case "result" -> result();
            case "tuple" -> {
                expect('<');
                List<ValueType> es = new ArrayList<>();
                do {
                    es.add(type());
                } while (eat(','));
                expect('>');
                yield new TupleType(es);
            }
            case "map" -> {
                expect('<');
                ValueType k = type();
                expect(',');
                ValueType v = type();
                expect('>');
                yield new MapType(k, v);
            }
            case "record" -> {
                expect('{');
                List<RecordType.Field> fs = new ArrayList<>();
                do {
                    String name = word();
                    expect(':');
                    fs.add(new RecordType.Field(name, type()));
                } while (eat(','));
                expect('}');
                yield new RecordType(fs);
            }
            case "variant" -> {
                expect('{');
                List<VariantType.Case> cs = new ArrayList<>();
                do {
                    String name = word();
                    Optional<ValueType> payload = Optional.empty();
                    if (eat('(')) {
                        payload = Optional.of(type());
                        expect(')');
                    }
                    cs.add(new VariantType.Case(name, payload));
                } while (eat(','));
                expect('}');
                yield new VariantType(cs);
            }
            case "enum" -> new EnumType(names());
            case "flags" -> new FlagsType(names());
            case "own", "borrow" -> {
                expect('<');
                ResourceType r = resource(word());
                expect('>');
                yield word.equals("own") ? new OwnType(r) : new BorrowType(r);
            }
            default -> primitive(word);
        };
    }

    private ValueType result() {
        if (!eat('<')) {
            return new ResultType(Optional.empty(), Optional.empty());
        }
        Optional<ValueType> ok;
        skipSpace();
        if (s.charAt(pos) == '_') {
            pos++;
            ok = Optional.empty();
        } else {
            ok = Optional.of(type());
        }
        Optional<ValueType> err = eat(',') ? Optional.of(type()) : Optional.empty();
        expect('>');
        return new ResultType(ok, err);
    }

    private List<String> names() {
        expect('{');
        List<String> names = new ArrayList<>();
        do {
            names.add(word());
        } while (eat(','));
        expect('}');
        return names;
    }

    private static ValueType primitive(String word) {
        for (PrimitiveType p : PrimitiveType.values()) {
            if (p.witName().equals(word)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown type " + word);
    }

    private String word() {
        skipSpace();
        int start = pos;
        while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '-')) {
            pos++;
        }
        if (start == pos) {
            throw new IllegalArgumentException("expected a word at " + pos + " in " + s);
        }
        return s.substring(start, pos);
    }

    private boolean eat(char c) {
        skipSpace();
        if (pos < s.length() && s.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!eat(c)) {
            throw new IllegalArgumentException("expected " + c + " at " + pos + " in " + s);
        }
    }

    private void skipSpace() {
        while (pos < s.length() && s.charAt(pos) == ' ') {
            pos++;
        }
    }
}
