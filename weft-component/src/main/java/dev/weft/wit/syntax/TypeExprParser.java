package dev.weft.wit.syntax;

import dev.weft.component.types.PrimitiveType;
import dev.weft.wit.WitException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Parses the {@code ty} production of WIT.md "Types". */
final class TypeExprParser {
    private final TokenCursor in;

    TypeExprParser(TokenCursor in) {
        this.in = in;
    }

    TypeExpr type() throws WitException {
        Token t = in.peek();
        Optional<PrimitiveType> prim = primitive(t.kind());
        if (prim.isPresent()) {
            in.advance();
            return new TypeExpr.Primitive(prim.get(), t.span());
        }
        return switch (t.kind()) {
            case ID, EXPLICIT_ID -> new TypeExpr.Named(in.ident("a type"));
            case LIST -> list();
            case MAP -> {
                in.advance();
                in.expect(TokenKind.LT, "`<`");
                TypeExpr k = type();
                in.expect(TokenKind.COMMA, "`,`");
                TypeExpr v = type();
                in.expect(TokenKind.GT, "`>`");
                yield new TypeExpr.MapOf(k, v, in.spanFrom(t.span()));
            }
            case TUPLE -> tuple();
            case OPTION -> {
                in.advance();
                in.expect(TokenKind.LT, "`<`");
                TypeExpr some = type();
                in.expect(TokenKind.GT, "`>`");
                yield new TypeExpr.OptionOf(some, in.spanFrom(t.span()));
            }
            case RESULT -> result();
            case BORROW, OWN -> {
                in.advance();
                in.expect(TokenKind.LT, "`<`");
                Ident r = in.ident("a resource name");
                in.expect(TokenKind.GT, "`>`");
                yield new TypeExpr.Handle(r, t.kind() == TokenKind.BORROW, in.spanFrom(t.span()));
            }
            case FUTURE -> {
                in.advance();
                yield new TypeExpr.FutureOf(optionalArgument(), in.spanFrom(t.span()));
            }
            case STREAM -> {
                in.advance();
                yield new TypeExpr.StreamOf(optionalArgument(), in.spanFrom(t.span()));
            }
            default -> throw in.unexpected("a type");
        };
    }

    private Optional<TypeExpr> optionalArgument() throws WitException {
        if (!in.eat(TokenKind.LT)) {
            return Optional.empty();
        }
        TypeExpr e = type();
        in.expect(TokenKind.GT, "`>`");
        return Optional.of(e);
    }

    private TypeExpr list() throws WitException {
        Token start = in.advance();
        in.expect(TokenKind.LT, "`<`");
        TypeExpr element = type();
        if (in.eat(TokenKind.COMMA)) {
            Token n = in.expect(TokenKind.INTEGER, "a list length");
            int length;
            try {
                length = Integer.parseInt(n.text());
            } catch (NumberFormatException e) {
                throw n.span().error("list length `" + n.text() + "` is too large");
            }
            if (length == 0) {
                throw n.span().error("fixed-length lists must have a length of at least 1");
            }
            in.expect(TokenKind.GT, "`>`");
            return new TypeExpr.FixedListOf(element, length, in.spanFrom(start.span()));
        }
        in.expect(TokenKind.GT, "`>`");
        return new TypeExpr.ListOf(element, in.spanFrom(start.span()));
    }

    private TypeExpr tuple() throws WitException {
        Token start = in.advance();
        in.expect(TokenKind.LT, "`<`");
        List<TypeExpr> elements = new ArrayList<>();
        while (!in.at(TokenKind.GT)) {
            elements.add(type());
            if (!in.eat(TokenKind.COMMA)) {
                break;
            }
        }
        in.expect(TokenKind.GT, "`>`");
        return new TypeExpr.TupleOf(elements, in.spanFrom(start.span()));
    }

    private TypeExpr result() throws WitException {
        Token start = in.advance();
        if (!in.eat(TokenKind.LT)) {
            return new TypeExpr.ResultOf(Optional.empty(), Optional.empty(), start.span());
        }
        Optional<TypeExpr> ok;
        if (in.eat(TokenKind.UNDERSCORE)) {
            ok = Optional.empty();
            in.expect(TokenKind.COMMA, "`,` after `_`");
            TypeExpr err = type();
            in.expect(TokenKind.GT, "`>`");
            return new TypeExpr.ResultOf(ok, Optional.of(err), in.spanFrom(start.span()));
        }
        ok = Optional.of(type());
        Optional<TypeExpr> err = Optional.empty();
        if (in.eat(TokenKind.COMMA)) {
            err = Optional.of(type());
        }
        in.expect(TokenKind.GT, "`>`");
        return new TypeExpr.ResultOf(ok, err, in.spanFrom(start.span()));
    }

    static Optional<PrimitiveType> primitive(TokenKind kind) {
        return Optional.ofNullable(switch (kind) {
            case BOOL -> PrimitiveType.BOOL;
            case S8 -> PrimitiveType.S8;
            case U8 -> PrimitiveType.U8;
            case S16 -> PrimitiveType.S16;
            case U16 -> PrimitiveType.U16;
            case S32 -> PrimitiveType.S32;
            case U32 -> PrimitiveType.U32;
            case S64 -> PrimitiveType.S64;
            case U64 -> PrimitiveType.U64;
            case F32 -> PrimitiveType.F32;
            case F64 -> PrimitiveType.F64;
            case CHAR -> PrimitiveType.CHAR;
            case STRING_TYPE -> PrimitiveType.STRING;
            case ERROR_CONTEXT -> PrimitiveType.ERROR_CONTEXT;
            default -> null;
        });
    }
}
