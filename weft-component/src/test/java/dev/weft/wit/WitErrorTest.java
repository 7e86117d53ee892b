package dev.weft.wit;

import static dev.weft.wit.WitTestSupport.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.weft.wit.syntax.WitParser;
import org.junit.jupiter.api.Test;

/** Bad WIT gives a {@link WitException} with the exact file:line:column of the offending token. */
class WitErrorTest {

    @Test
    void unknownType() {
        assertError("f0.wit:3:14", "type `bar` is not defined", """
                package t:t;
                interface i {
                  type foo = bar;
                }
                """);
    }

    @Test
    void duplicateTypeName() {
        assertError("f0.wit:4:8", "name `foo` is defined more than once", """
                package t:t;
                interface i {
                  type foo = u32;
                  type foo = u64;
                }
                """);
    }

    @Test
    void functionClashesWithType() {
        assertError("f0.wit:2:28", "name `x` is defined more than once",
                "package t:t;\ninterface i { type x = u8; x: func(); }\n");
    }

    @Test
    void duplicateInterface() {
        assertError("f0.wit:3:11", "`i` is defined more than once in package `t:t`",
                "package t:t;\ninterface i {}\ninterface i {}\n");
    }

    @Test
    void duplicateParameterAndField() {
        assertError("f0.wit:2:30", "parameter `a` is defined more than once",
                "package t:t;\ninterface i { f: func(a: u8, a: u8); }\n");
        assertError("f0.wit:2:33", "field `a` is defined more than once",
                "package t:t;\ninterface i { record r { a: u8, a: u8 } }\n");
    }

    @Test
    void cycleInUse() {
        assertError("f0.wit:3:19", "interface `a` depends on itself through `use`", """
                package t:t;
                interface a { use b.{y}; type x = u8; }
                interface b { use a.{x}; type y = u8; }
                """);
    }

    @Test
    void recursiveTypes() {
        assertError("f0.wit:2:20", "type `foo` refers to itself",
                "package t:t;\ninterface i { type foo = foo; }\n");
        assertError("f0.wit:2:22", "type `bar1` refers to itself",
                "package t:t;\ninterface i { record bar1 { a: bar2 } record bar2 { a: option<bar1> } }\n");
    }

    @Test
    void unresolvedPackage() {
        assertError("f0.wit:2:19", "package `wasi:io@0.2.0` not found", """
                package t:t;
                interface a { use wasi:io/streams@0.2.0.{input-stream}; }
                """);
    }

    @Test
    void unresolvedPackageNamesKnownVersions() {
        WitException e = assertError("f1.wit:1:31", "package `wasi:io@0.2.1` not found (known versions: wasi:io@0.2.0)",
                "package wasi:io@0.2.0; interface streams {}", "package t:t; world w { import wasi:io/streams@0.2.1; }");
        assertEquals("f1.wit:1:31: " + e.reason(), e.getMessage());
    }

    @Test
    void unknownInterfaceInOtherPackage() {
        assertError("f1.wit:1:35", "interface or world `nope` not found in package `a:b`",
                "package a:b; interface x {}", "package t:t; world w { import a:b/nope; }");
    }

    @Test
    void unknownTypeInUsedInterface() {
        assertError("f0.wit:3:22", "type `z` is not defined in interface `t:t/a`", """
                package t:t;
                interface a { type x = u8; }
                interface b { use a.{z}; }
                """);
    }

    @Test
    void borrowOfNonResource() {
        assertError("f0.wit:2:46", "type `x` is not a resource",
                "package t:t;\ninterface i { type x = u8; f: func(a: borrow<x>); }\n");
    }

    @Test
    void borrowInResult() {
        assertError("f0.wit:2:40", "function results may not contain `borrow<...>`",
                "package t:t;\ninterface i { resource r; f: func() -> borrow<r>; }\n");
    }

    @Test
    void worldIsNotAnInterface() {
        assertError("f0.wit:2:29", "`v` is a world, not an interface",
                "package t:t;\nworld v {} world w { import v; }\n");
    }

    @Test
    void includeConflictAndRenames() {
        String base = "package t:t;\nworld one { import a: func(); }\nworld two { import a: func(); }\n";
        assertError("f0.wit:4:24", "import `a` of included world conflicts",
                base + "world u { include one; include two; }\n");
        assertError("f0.wit:4:43", "`b` is not a plain-named import or export of world `two`",
                base + "world u { include one; include two with { b as c } }\n");
        assertError("f0.wit:5:50", "`i` is not a plain-named import or export",
                base + "interface i {}\nworld v { import i; } world x { include v with { i as j } }\n");
        // renaming resolves the conflict
        org.junit.jupiter.api.Assertions.assertDoesNotThrow(
                () -> WitTestSupport.resolve(base + "world u { include one; include two with { a as b } }\n"));
    }

    @Test
    void includeCycle() {
        assertError("f0.wit:3:19", "world `a` includes itself",
                "package t:t;\nworld a { include b; }\nworld b { include a; }\n");
    }

    @Test
    void duplicateImport() {
        assertError("f0.wit:2:29", "import `a` is defined more than once",
                "package t:t;\nworld w { import a: func(); import a: func(); }\n");
    }

    @Test
    void namesAreCaseInsensitivelyUnique() {
        assertError("f0.wit:2:29", "import `A` is defined more than once",
                "package t:t;\nworld w { import a: func(); import A: func(); }\n");
        assertError("f0.wit:2:30", "parameter `X` is defined more than once",
                "package t:t;\ninterface i { f: func(x: u8, X: u8); }\n");
    }

    @Test
    void gateRules() {
        assertError("f0.wit:1:34", "`@deprecated` needs a `@since` or `@unstable`",
                "package t:t@1.0.0; interface i { @deprecated(version = 1.0.0) f: func(); }");
        assertError("f0.wit:1:58", "`@unstable` cannot be combined with `@since`",
                "package t:t@1.0.0; interface i { @since(version = 1.0.0) @unstable(feature = x) f: func(); }");
        assertError("f0.wit:1:28", "feature gates need a versioned package",
                "package t:t; interface i { @since(version = 1.0.0) f: func(); }");
    }

    @Test
    void constructorResultMustReturnTheResource() {
        assertError("f0.wit:1:58", "a constructor of `r` may only return",
                "package t:t; interface i { resource r { constructor() -> result<u8>; } }");
    }

    @Test
    void syntaxErrors() {
        WitException e = assertThrows(WitException.class, () -> WitParser.parse("x.wit", "package t:t;\ninterface i {\n  f: func(;\n}\n"));
        assertEquals("x.wit:3:11", e.location().toString());
        assertEquals("expected a parameter name, found `;`", e.reason());

        e = assertThrows(WitException.class, () -> WitParser.parse("x.wit", "package t:t;\ninterface i { type Foo-bar = u8; }"));
        assertEquals("x.wit:2:20", e.location().toString());
        assertEquals("invalid character `o` in identifier `Foo-bar`", e.reason());

        e = assertThrows(WitException.class, () -> WitParser.parse("x.wit", "package t:t@1.0;"));
        assertEquals("x.wit:1:13", e.location().toString());
        assertEquals("`1.0` is not a valid semantic version", e.reason());

        e = assertThrows(WitException.class, () -> WitParser.parse("x.wit", "/* open"));
        assertEquals("x.wit:1:1", e.location().toString());

        e = assertThrows(WitException.class, () -> WitParser.parse("x.wit", "package t:t;\ninterface interface {}"));
        assertEquals("x.wit:2:11", e.location().toString());
        assertEquals("expected an interface name, found `interface`", e.reason());
    }

    @Test
    void missingPackageDeclaration() {
        assertError("f0.wit:1:1", "no `package` declaration", "interface i {}");
    }

    @Test
    void conflictingPackageDeclarationsInOneDirectory() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("wit");
        java.nio.file.Files.writeString(dir.resolve("a.wit"), "package t:a;\ninterface x {}\n");
        java.nio.file.Files.writeString(dir.resolve("b.wit"), "\npackage t:b;\n");
        WitException e = assertThrows(WitException.class,
                () -> new dev.weft.wit.resolve.WitResolver().addDirectory(dir));
        assertEquals(dir.resolve("b.wit") + ":2:9", e.location().toString());
    }
}
