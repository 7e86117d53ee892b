package dev.weft.runtime.abi;

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
import java.util.List;
import java.util.Optional;

/** Test parser for the compact type notation shared with src/test/python/abi_oracle.py. */
final class TypeText {
    static final ResourceType RESOURCE = new ResourceType("r");

    private final String s;
    private int i;

    private TypeText(String s) {
        this.s = s;
    }

    static ValueType parse(String s) {
        TypeText p = new TypeText(s);
        ValueType t = p.type();
        if (p.i != s.length()) {
            throw new IllegalArgumentException("trailing text in " + s);
        }
        return t;
    }

    private boolean peek(String tok) {
        return s.startsWith(tok, i);
    }

    private void eat(String tok) {
        if (!peek(tok)) {
            throw new IllegalArgumentException("expected " + tok + " at " + i + " in " + s);
        }
        i += tok.length();
    }

    private String name() {
        int j = i;
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '-')) {
            i++;
        }
        return s.substring(j, i);
    }

    private List<String> names() {
        List<String> out = new ArrayList<>();
        out.add(name());
        while (peek(",")) {
            eat(",");
            out.add(name());
        }
        return out;
    }

    private ValueType type() {
        String n = name();
        for (PrimitiveType p : PrimitiveType.values()) {
            if (p.witName().equals(n)) {
                return p;
            }
        }
        switch (n) {
            case "own":
                return new OwnType(RESOURCE);
            case "borrow":
                return new BorrowType(RESOURCE);
            case "list": {
                eat("<");
                ValueType t = type();
                if (peek(",")) {
                    eat(",");
                    int len = Integer.parseInt(name());
                    eat(">");
                    return new FixedListType(t, len);
                }
                eat(">");
                return new ListType(t);
            }
            case "map": {
                eat("<");
                ValueType k = type();
                eat(",");
                ValueType v = type();
                eat(">");
                return new MapType(k, v);
            }
            case "tuple": {
                eat("<");
                List<ValueType> ts = new ArrayList<>();
                ts.add(type());
                while (peek(",")) {
                    eat(",");
                    ts.add(type());
                }
                eat(">");
                return new TupleType(ts);
            }
            case "option": {
                eat("<");
                ValueType t = type();
                eat(">");
                return new OptionType(t);
            }
            case "result": {
                if (!peek("<")) {
                    return new ResultType(Optional.empty(), Optional.empty());
                }
                eat("<");
                Optional<ValueType> ok = optType();
                eat(",");
                Optional<ValueType> err = optType();
                eat(">");
                return new ResultType(ok, err);
            }
            case "record": {
                eat("{");
                List<RecordType.Field> fields = new ArrayList<>();
                do {
                    if (!fields.isEmpty()) {
                        eat(",");
                    }
                    String label = name();
                    eat(":");
                    fields.add(new RecordType.Field(label, type()));
                } while (peek(","));
                eat("}");
                return new RecordType(fields);
            }
            case "variant": {
                eat("{");
                List<VariantType.Case> cases = new ArrayList<>();
                do {
                    if (!cases.isEmpty()) {
                        eat(",");
                    }
                    String label = name();
                    Optional<ValueType> t = Optional.empty();
                    if (peek("(")) {
                        eat("(");
                        t = Optional.of(type());
                        eat(")");
                    }
                    cases.add(new VariantType.Case(label, t));
                } while (peek(","));
                eat("}");
                return new VariantType(cases);
            }
            case "enum": {
                eat("{");
                List<String> l = names();
                eat("}");
                return new EnumType(l);
            }
            case "flags": {
                eat("{");
                List<String> l = names();
                eat("}");
                return new FlagsType(l);
            }
            default:
                throw new IllegalArgumentException("unknown type " + n + " in " + s);
        }
    }

    private Optional<ValueType> optType() {
        if (peek("_")) {
            eat("_");
            return Optional.empty();
        }
        return Optional.of(type());
    }
}
