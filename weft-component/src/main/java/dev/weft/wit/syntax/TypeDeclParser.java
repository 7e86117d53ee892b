package dev.weft.wit.syntax;

import dev.weft.wit.WitException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Parses {@code type}, {@code record}, {@code variant}, {@code enum}, {@code flags} and {@code resource}. */
final class TypeDeclParser {
    private final TokenCursor in;
    private final WitParser items;
    private final TypeExprParser types;

    TypeDeclParser(TokenCursor in, WitParser items, TypeExprParser types) {
        this.in = in;
        this.items = items;
        this.types = types;
    }

    TypeDecl typeDecl(String docs, List<Attribute> attrs) throws WitException {
        Token kw = in.advance();
        return switch (kw.kind()) {
            case TYPE -> {
                Ident name = in.ident("a type name");
                in.expect(TokenKind.EQUALS, "`=`");
                TypeExpr t = types.type();
                in.expect(TokenKind.SEMICOLON, "`;`");
                yield new TypeDecl.AliasDecl(docs, attrs, name, t);
            }
            case RECORD -> {
                Ident name = in.ident("a record name");
                yield new TypeDecl.RecordDecl(docs, attrs, name, fields());
            }
            case VARIANT -> {
                Ident name = in.ident("a variant name");
                yield new TypeDecl.VariantDecl(docs, attrs, name, cases());
            }
            case ENUM -> {
                Ident name = in.ident("an enum name");
                yield new TypeDecl.EnumDecl(docs, attrs, name, labels("an enum case"));
            }
            case FLAGS -> {
                Ident name = in.ident("a flags name");
                yield new TypeDecl.FlagsDecl(docs, attrs, name, labels("a flag name"));
            }
            case RESOURCE -> resource(docs, attrs);
            default -> throw kw.span().error("expected a type definition, found " + kw.describe());
        };
    }

    private List<TypeDecl.Field> fields() throws WitException {
        in.expect(TokenKind.LBRACE, "`{`");
        List<TypeDecl.Field> out = new ArrayList<>();
        while (!in.at(TokenKind.RBRACE)) {
            String docs = in.docs();
            Ident name = in.ident("a field name");
            in.expect(TokenKind.COLON, "`:`");
            out.add(new TypeDecl.Field(docs, name, types.type()));
            if (!in.eat(TokenKind.COMMA)) {
                break;
            }
        }
        in.docs();
        in.expect(TokenKind.RBRACE, "`,` or `}`");
        return out;
    }

    private List<TypeDecl.Case> cases() throws WitException {
        in.expect(TokenKind.LBRACE, "`{`");
        List<TypeDecl.Case> out = new ArrayList<>();
        while (!in.at(TokenKind.RBRACE)) {
            String docs = in.docs();
            Ident name = in.ident("a variant case");
            Optional<TypeExpr> payload = Optional.empty();
            if (in.eat(TokenKind.LPAREN)) {
                payload = Optional.of(types.type());
                in.expect(TokenKind.RPAREN, "`)`");
            }
            out.add(new TypeDecl.Case(docs, name, payload));
            if (!in.eat(TokenKind.COMMA)) {
                break;
            }
        }
        in.docs();
        in.expect(TokenKind.RBRACE, "`,` or `}`");
        return out;
    }

    private List<TypeDecl.Label> labels(String what) throws WitException {
        in.expect(TokenKind.LBRACE, "`{`");
        List<TypeDecl.Label> out = new ArrayList<>();
        while (!in.at(TokenKind.RBRACE)) {
            String docs = in.docs();
            out.add(new TypeDecl.Label(docs, in.ident(what)));
            if (!in.eat(TokenKind.COMMA)) {
                break;
            }
        }
        in.docs();
        in.expect(TokenKind.RBRACE, "`,` or `}`");
        return out;
    }

    private TypeDecl resource(String docs, List<Attribute> attrs) throws WitException {
        Ident name = in.ident("a resource name");
        List<TypeDecl.ResourceFunc> funcs = new ArrayList<>();
        if (in.eat(TokenKind.SEMICOLON)) {
            return new TypeDecl.ResourceDecl(docs, attrs, name, funcs);
        }
        in.expect(TokenKind.LBRACE, "`;` or `{`");
        while (!in.eat(TokenKind.RBRACE)) {
            String fdocs = in.docs();
            List<Attribute> fattrs = items.attributes();
            if (in.at(TokenKind.CONSTRUCTOR)) {
                Token kw = in.advance();
                List<FuncSignature.Param> params = items.params();
                Optional<TypeExpr> result = Optional.empty();
                if (in.eat(TokenKind.ARROW)) {
                    result = Optional.of(types.type());
                }
                in.expect(TokenKind.SEMICOLON, "`;`");
                FuncSignature sig = new FuncSignature(false, params, result, in.spanFrom(kw.span()));
                funcs.add(new TypeDecl.Constructor(fdocs, fattrs, sig));
                continue;
            }
            if (!in.atIdent()) {
                throw in.unexpected("`constructor`, a method or `}`");
            }
            Ident fname = in.ident("a method name");
            in.expect(TokenKind.COLON, "`:`");
            boolean isStatic = in.eat(TokenKind.STATIC);
            FuncSignature sig = items.funcSignature();
            in.expect(TokenKind.SEMICOLON, "`;`");
            funcs.add(isStatic ? new TypeDecl.Static(fdocs, fattrs, fname, sig)
                    : new TypeDecl.Method(fdocs, fattrs, fname, sig));
        }
        return new TypeDecl.ResourceDecl(docs, attrs, name, funcs);
    }
}
