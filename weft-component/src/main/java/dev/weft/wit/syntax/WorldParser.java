package dev.weft.wit.syntax;

import dev.weft.wit.WitException;
import java.util.ArrayList;
import java.util.List;

/** Parses the body of a {@code world}: imports, exports, includes, uses and type definitions. */
final class WorldParser {
    private final TokenCursor in;
    private final WitParser items;

    WorldParser(TokenCursor in, WitParser items) {
        this.in = in;
        this.items = items;
    }

    List<WorldMember> body() throws WitException {
        in.expect(TokenKind.LBRACE, "`{`");
        List<WorldMember> members = new ArrayList<>();
        while (!in.eat(TokenKind.RBRACE)) {
            String docs = in.docs();
            List<Attribute> attrs = items.attributes();
            Token t = in.peek();
            if (t.kind() == TokenKind.USE) {
                members.add(items.useDecl(attrs));
            } else if (WitParser.isTypeDeclStart(t.kind())) {
                members.add(items.typeDecl(docs, attrs));
            } else if (t.kind() == TokenKind.IMPORT || t.kind() == TokenKind.EXPORT) {
                in.advance();
                ImportExportDecl.Extern ext = extern();
                members.add(new ImportExportDecl(docs, attrs, t.kind() == TokenKind.EXPORT, ext,
                        in.spanFrom(t.span())));
            } else if (t.kind() == TokenKind.INCLUDE) {
                members.add(include(attrs));
            } else {
                throw in.unexpected("`import`, `export`, `include`, `use`, a type definition or `}`");
            }
        }
        return members;
    }

    private ImportExportDecl.Extern extern() throws WitException {
        if (!(in.atIdent() && in.peek2().kind() == TokenKind.COLON)) {
            UsePath path = items.usePath();
            in.expect(TokenKind.SEMICOLON, "`;`");
            return new ImportExportDecl.Path(path);
        }
        Ident name = in.ident("a name");
        Token colon = in.advance();
        Token next = in.peek();
        switch (next.kind()) {
            case FUNC, ASYNC -> {
                FuncSignature sig = items.funcSignature();
                in.expect(TokenKind.SEMICOLON, "`;`");
                return new ImportExportDecl.Func(name, sig);
            }
            case INTERFACE -> {
                in.advance();
                return new ImportExportDecl.Inline(name, items.interfaceBody());
            }
            default -> {
                // `a:b/c` written without spaces is a package path; `a: b` names an interface for label `a`.
                boolean packagePath = colon.span().start() == name.span().end()
                        && next.span().start() == colon.span().end();
                UsePath path = packagePath ? items.foreignPathAfterColon(name) : items.usePath();
                in.expect(TokenKind.SEMICOLON, "`;`");
                return packagePath ? new ImportExportDecl.Path(path) : new ImportExportDecl.NamedPath(name, path);
            }
        }
    }

    private IncludeDecl include(List<Attribute> attrs) throws WitException {
        Token kw = in.advance();
        UsePath world = items.usePath();
        List<IncludeDecl.Rename> renames = new ArrayList<>();
        if (in.eat(TokenKind.WITH)) {
            in.expect(TokenKind.LBRACE, "`{`");
            while (!in.at(TokenKind.RBRACE)) {
                Ident from = in.ident("a name to rename");
                in.expect(TokenKind.AS, "`as`");
                renames.add(new IncludeDecl.Rename(from, in.ident("a new name")));
                if (!in.eat(TokenKind.COMMA)) {
                    break;
                }
            }
            in.expect(TokenKind.RBRACE, "`}`");
            in.eat(TokenKind.SEMICOLON);
        } else {
            in.expect(TokenKind.SEMICOLON, "`;`");
        }
        return new IncludeDecl(attrs, world, renames, in.spanFrom(kw.span()));
    }
}
