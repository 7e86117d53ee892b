package dev.weft.conformance.wast;

import dev.weft.conformance.sexpr.Atom;
import dev.weft.conformance.sexpr.SExpr;
import dev.weft.conformance.sexpr.SList;
import dev.weft.conformance.sexpr.Str;
import dev.weft.value.BoolVal;
import dev.weft.value.CharVal;
import dev.weft.value.EnumVal;
import dev.weft.value.F32Val;
import dev.weft.value.F64Val;
import dev.weft.value.FlagsVal;
import dev.weft.value.ListVal;
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
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the component value constants of wast scripts ({@code (u32.const 7)}, {@code (str.const "hi")},
 * {@code (record.const (field "a" u32.const 1))}, …) into untyped {@link Val}s, following the syntax of
 * wasm-tools' {@code WastVal}. A {@code list.const} always becomes a {@link ListVal}; turning it into a fixed-length
 * list, or checking a value against a function's types, is the caller's typed step.
 */
public final class ValueConstReader {
    private ValueConstReader() {
    }

    /** Reads one parenthesised value constant. */
    public static Val read(SExpr expr) throws WastSyntaxException {
        if (!(expr instanceof SList list)) {
            throw new WastSyntaxException("expected a `(type.const …)` value, found " + expr.describe(), expr);
        }
        return readItems(list.items(), 0, list);
    }

    /** Reads a value constant whose keyword is {@code items[from]}, its arguments being the rest of {@code items}. */
    private static Val readItems(List<SExpr> items, int from, SExpr where) throws WastSyntaxException {
        if (from >= items.size() || !(items.get(from) instanceof Atom keyword)) {
            throw new WastSyntaxException("expected a value constant keyword", where);
        }
        List<SExpr> args = items.subList(from + 1, items.size());
        return switch (keyword.text()) {
            case "bool.const" -> bool(args, where);
            case "u8.const" -> new U8Val(integer(args, where, 0, 0xFFL, "u8").intValue());
            case "s8.const" -> new S8Val(integer(args, where, Byte.MIN_VALUE, Byte.MAX_VALUE, "s8").byteValue());
            case "u16.const" -> new U16Val(integer(args, where, 0, 0xFFFFL, "u16").intValue());
            case "s16.const" -> new S16Val(integer(args, where, Short.MIN_VALUE, Short.MAX_VALUE, "s16").shortValue());
            case "u32.const" -> new U32Val(integer(args, where, 0, 0xFFFF_FFFFL, "u32").longValue());
            case "s32.const" ->
                    new S32Val(integer(args, where, Integer.MIN_VALUE, Integer.MAX_VALUE, "s32").intValue());
            case "u64.const" -> new U64Val(integer(single(args, where), BigInteger.ZERO,
                    BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE), "u64").longValue());
            case "s64.const" -> new S64Val(integer(args, where, Long.MIN_VALUE, Long.MAX_VALUE, "s64").longValue());
            case "f32.const" -> new F32Val(NumberLiterals.f32(atom(single(args, where))));
            case "f64.const" -> new F64Val(NumberLiterals.f64(atom(single(args, where))));
            case "char.const" -> charConst(args, where);
            case "str.const" -> new StringVal(text(single(args, where)));
            case "list.const" -> new ListVal(values(args));
            case "tuple.const" -> new TupleVal(values(args));
            case "record.const" -> record(args);
            case "variant.const" -> variant(args, where);
            case "enum.const" -> new EnumVal(text(single(args, where)));
            case "option.none" -> {
                none(args, where);
                yield new OptionVal(Optional.empty());
            }
            case "option.some" -> new OptionVal(Optional.of(read(single(args, where))));
            case "result.ok" -> new ResultVal(true, optionalPayload(args, where));
            case "result.err" -> new ResultVal(false, optionalPayload(args, where));
            case "flags.const" -> flags(args);
            default -> throw new WastSyntaxException("unknown value constant `" + keyword.text() + "`", keyword);
        };
    }

    private static Val bool(List<SExpr> args, SExpr where) throws WastSyntaxException {
        SExpr arg = single(args, where);
        if (arg.isAtom("true")) {
            return new BoolVal(true);
        }
        if (arg.isAtom("false")) {
            return new BoolVal(false);
        }
        throw new WastSyntaxException("expected `true` or `false`, found " + arg.describe(), arg);
    }

    private static BigInteger integer(List<SExpr> args, SExpr where, long min, long max, String type)
            throws WastSyntaxException {
        return integer(single(args, where), BigInteger.valueOf(min), BigInteger.valueOf(max), type);
    }

    private static BigInteger integer(SExpr arg, BigInteger min, BigInteger max, String type)
            throws WastSyntaxException {
        return NumberLiterals.integer(atom(arg), min, max, type);
    }

    private static Val charConst(List<SExpr> args, SExpr where) throws WastSyntaxException {
        SExpr arg = single(args, where);
        String text = text(arg);
        if (text.isEmpty() || text.codePointCount(0, text.length()) != 1) {
            throw new WastSyntaxException("`char.const` needs exactly one character, found \"" + text + "\"", arg);
        }
        return new CharVal(text.codePointAt(0));
    }

    private static List<Val> values(List<SExpr> args) throws WastSyntaxException {
        List<Val> values = new ArrayList<>(args.size());
        for (SExpr arg : args) {
            values.add(read(arg));
        }
        return values;
    }

    private static Val record(List<SExpr> args) throws WastSyntaxException {
        List<RecordVal.Field> fields = new ArrayList<>(args.size());
        for (SExpr arg : args) {
            if (!(arg instanceof SList field) || !field.head().equals(Optional.of("field")) || field.size() < 3) {
                throw new WastSyntaxException("expected `(field \"name\" type.const …)`, found " + arg.describe(),
                        arg);
            }
            fields.add(new RecordVal.Field(text(field.get(1)), readItems(field.items(), 2, field)));
        }
        return new RecordVal(fields);
    }

    private static Val variant(List<SExpr> args, SExpr where) throws WastSyntaxException {
        if (args.isEmpty() || args.size() > 2) {
            throw new WastSyntaxException("expected `(variant.const \"case\" (payload)?)`", where);
        }
        Optional<Val> payload = args.size() == 2 ? Optional.of(read(args.get(1))) : Optional.empty();
        return new VariantVal(text(args.get(0)), payload);
    }

    private static Optional<Val> optionalPayload(List<SExpr> args, SExpr where) throws WastSyntaxException {
        if (args.size() > 1) {
            throw new WastSyntaxException("expected at most one payload value", where);
        }
        return args.isEmpty() ? Optional.empty() : Optional.of(read(args.get(0)));
    }

    private static Val flags(List<SExpr> args) throws WastSyntaxException {
        List<String> names = new ArrayList<>(args.size());
        for (SExpr arg : args) {
            names.add(text(arg));
        }
        return new FlagsVal(names);
    }

    private static void none(List<SExpr> args, SExpr where) throws WastSyntaxException {
        if (!args.isEmpty()) {
            throw new WastSyntaxException("`option.none` takes no arguments", where);
        }
    }

    private static SExpr single(List<SExpr> args, SExpr where) throws WastSyntaxException {
        if (args.size() != 1) {
            throw new WastSyntaxException("expected exactly one argument, found " + args.size(), where);
        }
        return args.get(0);
    }

    private static Atom atom(SExpr arg) throws WastSyntaxException {
        if (arg instanceof Atom atom) {
            return atom;
        }
        throw new WastSyntaxException("expected a number, found " + arg.describe(), arg);
    }

    /** A string argument as Unicode text. */
    static String text(SExpr arg) throws WastSyntaxException {
        if (!(arg instanceof Str str)) {
            throw new WastSyntaxException("expected a string, found " + arg.describe(), arg);
        }
        return str.utf8().orElseThrow(() -> new WastSyntaxException("string is not valid UTF-8", arg));
    }
}
