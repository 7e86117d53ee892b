package dev.weft.wit.syntax;

import dev.weft.wit.WitException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Recursive-descent parser for one WIT file (WIT.md "Top-level items" onward). Produces a {@link WitFile}
 * whose nodes carry {@link Span}s; names are not resolved here.
 */
public final class WitParser {
    private final TokenCursor in;
    private final TypeExprParser types;
    private final WorldParser worlds;

    private WitParser(Source source) throws WitException {
        this.in = new TokenCursor(WitLexer.tokenize(source));
        this.types = new TypeExprParser(in);
        this.worlds = new WorldParser(in, this);
    }

    /** Parses {@code text}; {@code name} (usually the file path) is used in error locations. */
    public static WitFile parse(String name, String text) throws WitException {
        return parse(new Source(name, text));
    }

    public static WitFile parse(Source source) throws WitException {
        return new WitParser(source).file(source);
    }

    private WitFile file(Source source) throws WitException {
        String docs = in.docs();
        Optional<PackageRef> pkg = Optional.empty();
        List<TopItem> items = new ArrayList<>();
        if (in.at(TokenKind.PACKAGE)) {
            Token kw = in.advance();
            PackageRef ref = packageRef(kw.span());
            if (in.eat(TokenKind.SEMICOLON)) {
                pkg = Optional.of(ref);
            } else {
                items.add(nestedPackageBody(docs, ref));
                docs = "";
            }
        }
        while (!in.at(TokenKind.EOF)) {
            items.add(topItem());
        }
        return new WitFile(source, docs, pkg, items);
    }

    private TopItem topItem() throws WitException {
        String docs = in.docs();
        List<Attribute> attrs = attributes();
        Token t = in.peek();
        switch (t.kind()) {
            case PACKAGE -> {
                noAttributes(attrs, "a nested package");
                in.advance();
                return nestedPackageBody(docs, packageRef(t.span()));
            }
            case USE -> {
                noAttributes(attrs, "a top-level `use`");
                in.advance();
                UsePath path = usePath();
                Optional<Ident> as = Optional.empty();
                if (in.eat(TokenKind.AS)) {
                    as = Optional.of(in.ident("a name after `as`"));
                }
                in.expect(TokenKind.SEMICOLON, "`;`");
                return new TopItem.Use(path, as, in.spanFrom(t.span()));
            }
            case INTERFACE -> {
                in.advance();
                Ident name = in.ident("an interface name");
                return new TopItem.Interface(docs, attrs, name, interfaceBody());
            }
            case WORLD -> {
                in.advance();
                Ident name = in.ident("a world name");
                return new TopItem.World(docs, attrs, name, worlds.body());
            }
            default -> throw in.unexpected("`interface`, `world`, `use` or `package`");
        }
    }

    private TopItem nestedPackageBody(String docs, PackageRef ref) throws WitException {
        in.expect(TokenKind.LBRACE, "`;` or `{` after the package name");
        List<TopItem> items = new ArrayList<>();
        while (!in.eat(TokenKind.RBRACE)) {
            if (in.at(TokenKind.EOF)) {
                throw in.unexpected("`}`");
            }
            TopItem item = topItem();
            if (item instanceof TopItem.NestedPackage nested) {
                throw nested.pkg().span().error("nested package `" + nested.pkg() + "` inside another package");
            }
            items.add(item);
        }
        return new TopItem.NestedPackage(docs, ref, items);
    }

    private void noAttributes(List<Attribute> attrs, String what) throws WitException {
        if (!attrs.isEmpty()) {
            throw attrs.get(0).span().error("feature gates are not allowed on " + what);
        }
    }

    /** {@code ns:name@version} after the {@code package} keyword. */
    private PackageRef packageRef(Span start) throws WitException {
        Ident ns = in.ident("a package namespace");
        in.expect(TokenKind.COLON, "`:` in the package name");
        Ident name = in.ident("a package name");
        if (in.at(TokenKind.COLON) || in.at(TokenKind.SLASH)) {
            throw in.peek().span().error("nested namespaces and packages are not supported");
        }
        Optional<String> version = version();
        return new PackageRef(ns, name, version, in.spanFrom(ns.span()));
    }

    private Optional<String> version() throws WitException {
        if (!in.eat(TokenKind.AT)) {
            return Optional.empty();
        }
        return Optional.of(semver());
    }

    String semver() throws WitException {
        Token t = in.peek();
        if (t.kind() != TokenKind.VERSION && t.kind() != TokenKind.INTEGER) {
            throw in.unexpected("a version");
        }
        in.advance();
        if (!SemVer.isValid(t.text())) {
            throw t.span().error("`" + t.text() + "` is not a valid semantic version");
        }
        return t.text();
    }

    /** {@code id} or {@code ns:pkg/id@version}. */
    UsePath usePath() throws WitException {
        Ident first = in.ident("an interface or world name");
        if (!in.eat(TokenKind.COLON)) {
            return new UsePath.Local(first);
        }
        return foreignPathAfterColon(first);
    }

    UsePath foreignPathAfterColon(Ident ns) throws WitException {
        Ident pkg = in.ident("a package name");
        in.expect(TokenKind.SLASH, "`/` and an interface name");
        Ident name = in.ident("an interface or world name");
        if (in.at(TokenKind.SLASH)) {
            throw in.peek().span().error("nested namespaces and packages are not supported");
        }
        Optional<String> version = version();
        Span span = in.spanFrom(ns.span());
        return new UsePath.Foreign(new PackageRef(ns, pkg, version, span), name, span);
    }

    List<Attribute> attributes() throws WitException {
        List<Attribute> out = new ArrayList<>();
        while (in.at(TokenKind.AT)) {
            Token at = in.advance();
            Ident kind = in.ident("`since`, `unstable` or `deprecated` after `@`");
            in.expect(TokenKind.LPAREN, "`(`");
            switch (kind.name()) {
                case "since", "deprecated" -> {
                    expectField("version");
                    String v = semver();
                    in.expect(TokenKind.RPAREN, "`)`");
                    Span sp = in.spanFrom(at.span());
                    out.add(kind.name().equals("since") ? new Attribute.Since(v, sp) : new Attribute.Deprecated(v, sp));
                }
                case "unstable" -> {
                    expectField("feature");
                    Ident feature = in.ident("a feature name");
                    in.expect(TokenKind.RPAREN, "`)`");
                    out.add(new Attribute.Unstable(feature, in.spanFrom(at.span())));
                }
                default -> throw kind.span().error("unknown attribute `@" + kind.name() + "`");
            }
        }
        return out;
    }

    private void expectField(String field) throws WitException {
        Ident f = in.ident("`" + field + "`");
        if (!f.name().equals(field)) {
            throw f.span().error("expected `" + field + "`, found `" + f.name() + "`");
        }
        in.expect(TokenKind.EQUALS, "`=`");
    }

    List<InterfaceMember> interfaceBody() throws WitException {
        in.expect(TokenKind.LBRACE, "`{`");
        List<InterfaceMember> members = new ArrayList<>();
        while (!in.eat(TokenKind.RBRACE)) {
            String docs = in.docs();
            List<Attribute> attrs = attributes();
            Token t = in.peek();
            if (t.kind() == TokenKind.USE) {
                members.add(useDecl(attrs));
            } else if (isTypeDeclStart(t.kind())) {
                members.add(typeDecl(docs, attrs));
            } else if (in.atIdent()) {
                Ident name = in.ident("a function name");
                in.expect(TokenKind.COLON, "`:`");
                FuncSignature sig = funcSignature();
                in.expect(TokenKind.SEMICOLON, "`;`");
                members.add(new FuncDecl(docs, attrs, name, sig));
            } else {
                throw in.unexpected("a `use`, a type definition, a function or `}`");
            }
        }
        return members;
    }

    UseDecl useDecl(List<Attribute> attrs) throws WitException {
        Token kw = in.advance();
        UsePath path = usePath();
        in.expect(TokenKind.DOT, "`.{` after the interface in `use`");
        in.expect(TokenKind.LBRACE, "`{`");
        List<UseDecl.UseName> names = new ArrayList<>();
        do {
            if (in.at(TokenKind.RBRACE) && !names.isEmpty()) {
                break;
            }
            Ident name = in.ident("a type name");
            Optional<Ident> as = Optional.empty();
            if (in.eat(TokenKind.AS)) {
                as = Optional.of(in.ident("a name after `as`"));
            }
            names.add(new UseDecl.UseName(name, as));
        } while (in.eat(TokenKind.COMMA));
        in.expect(TokenKind.RBRACE, "`}`");
        in.expect(TokenKind.SEMICOLON, "`;`");
        return new UseDecl(attrs, path, names, in.spanFrom(kw.span()));
    }

    static boolean isTypeDeclStart(TokenKind k) {
        return switch (k) {
            case TYPE, RECORD, VARIANT, ENUM, FLAGS, RESOURCE -> true;
            default -> false;
        };
    }

    TypeDecl typeDecl(String docs, List<Attribute> attrs) throws WitException {
        return new TypeDeclParser(in, this, types).typeDecl(docs, attrs);
    }

    TypeExprParser types() {
        return types;
    }

    FuncSignature funcSignature() throws WitException {
        Token start = in.peek();
        boolean async = in.eat(TokenKind.ASYNC);
        in.expect(TokenKind.FUNC, "`func`");
        List<FuncSignature.Param> params = params();
        Optional<TypeExpr> result = Optional.empty();
        if (in.eat(TokenKind.ARROW)) {
            result = Optional.of(types.type());
        }
        return new FuncSignature(async, params, result, in.spanFrom(start.span()));
    }

    List<FuncSignature.Param> params() throws WitException {
        in.expect(TokenKind.LPAREN, "`(`");
        List<FuncSignature.Param> params = new ArrayList<>();
        while (!in.at(TokenKind.RPAREN)) {
            Ident name = in.ident("a parameter name");
            in.expect(TokenKind.COLON, "`:`");
            params.add(new FuncSignature.Param(name, types.type()));
            if (!in.eat(TokenKind.COMMA)) {
                break;
            }
        }
        in.expect(TokenKind.RPAREN, "`)`");
        return params;
    }
}
