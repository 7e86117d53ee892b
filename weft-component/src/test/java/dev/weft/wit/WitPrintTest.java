package dev.weft.wit;

import static dev.weft.wit.WitTestSupport.assertRoundTrips;
import static dev.weft.wit.WitTestSupport.print;
import static dev.weft.wit.WitTestSupport.resolve;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weft.wit.resolve.WitModel;
import org.junit.jupiter.api.Test;

/** Per-construct tests: the canonical text of each construct, and that it reads back to the same model. */
class WitPrintTest {

    private static void assertCanonical(String input, String expected) throws WitException {
        WitModel m = resolve(input);
        assertEquals(expected, print(m, "t:t"));
        assertRoundTrips(m);
    }

    @Test
    void anonymousTypes() throws WitException {
        assertCanonical("""
                package t:t;
                interface i {
                  type a = tuple<u8,s8,u16,s16,u32,s32,u64,s64,f32,f64,char,bool,string>;
                  type b = list<option<string>>;
                  type c = result<_, u8>;
                  type d = result<u8>;
                  type e = result;
                  type f = result<u8, string>;
                  type g = list<u8, 4>;
                  type h = future; type j = future<u32>; type k = stream; type l = stream<u8>;
                  type m = map<string, u32>;
                  type n = error-context;
                }
                """, """
                package t:t;

                interface i {
                  type a = tuple<u8, s8, u16, s16, u32, s32, u64, s64, f32, f64, char, bool, string>;

                  type b = list<option<string>>;

                  type c = result<_, u8>;

                  type d = result<u8>;

                  type e = result;

                  type f = result<u8, string>;

                  type g = list<u8, 4>;

                  type h = future;

                  type j = future<u32>;

                  type k = stream;

                  type l = stream<u8>;

                  type m = map<string, u32>;

                  type n = error-context;
                }
                """);
    }

    @Test
    void namedTypesWithDocs() throws WitException {
        assertCanonical("""
                package t:t;
                /// The interface.
                interface i {
                  /// A record.
                  record point { /** x */ x: s32, y: s32 }
                  variant shape { dot, circle(u32), /// poly
                    poly(list<point>) }
                  enum color { red, green }
                  flags perms { read, write, exec }
                  flags none {}
                }
                """, """
                package t:t;

                /// The interface.
                interface i {
                  /// A record.
                  record point {
                    /// x
                    x: s32,
                    y: s32,
                  }

                  variant shape {
                    dot,
                    circle(u32),
                    /// poly
                    poly(list<point>),
                  }

                  enum color {
                    red,
                    green,
                  }

                  flags perms {
                    read,
                    write,
                    exec,
                  }

                  flags none {
                  }
                }
                """);
    }

    @Test
    void resourcesAndFunctions() throws WitException {
        assertCanonical("""
                package t:t;
                interface i {
                  resource blob {
                    constructor(init: list<u8>);
                    write: func(bytes: list<u8>);
                    read: async func(n: u32) -> list<u8>;
                    merge: static func(lhs: borrow<blob>, rhs: borrow<blob>) -> blob;
                  }
                  resource blob2 { constructor(init: list<u8>) -> result<blob2>; }
                  resource empty {}
                  transform: func(b: own<blob>) -> blob;
                  %variant: func(%enum: s32);
                  go: async func();
                }
                """, """
                package t:t;

                interface i {
                  resource blob {
                    constructor(init: list<u8>);
                    write: func(bytes: list<u8>);
                    read: async func(n: u32) -> list<u8>;
                    merge: static func(lhs: borrow<blob>, rhs: borrow<blob>) -> blob;
                  }

                  resource blob2 {
                    constructor(init: list<u8>) -> result<blob2>;
                  }

                  resource empty;

                  transform: func(b: blob) -> blob;

                  %variant: func(%enum: s32);

                  go: async func();
                }
                """);
    }

    @Test
    void usesAcrossInterfacesAndPackagesAndTopLevelUse() throws WitException {
        WitModel m = resolve("""
                package dep:types@1.0.0;
                interface t { record r { a: u8 } resource res; }
                """, """
                package t:t;
                use dep:types/t@1.0.0 as dt;
                interface a { use dt.{r, res as handle}; type x = u8; f: func(h: borrow<handle>) -> r; }
                interface b { use a.{x}; use a.{r as ar}; }
                """);
        assertEquals("""
                package t:t;

                interface a {
                  use dep:types/t@1.0.0.{r, res as handle};

                  type x = u8;

                  f: func(h: borrow<handle>) -> r;
                }

                interface b {
                  use a.{x, r as ar};
                }
                """, print(m, "t:t"));
        assertRoundTrips(m);
    }

    @Test
    void worldsWithAllItemKinds() throws WitException {
        WitModel m = resolve("""
                package t:t;
                interface shared { record meta { id: u32 } }
                interface user { use shared.{meta}; get: func() -> meta; }
                world w {
                  import user;
                  use shared.{meta};
                  type id = u32;
                  import host: interface { use shared.{meta}; log: func(m: meta); }
                  import f: func(x: id) -> meta;
                  import alias: user;
                  export run: func();
                  export user;
                }
                """);
        assertEquals("""
                package t:t;

                interface shared {
                  record meta {
                    id: u32,
                  }
                }

                interface user {
                  use shared.{meta};

                  get: func() -> meta;
                }

                world w {
                  import shared;
                  import user;
                  import host: interface {
                    use shared.{meta};

                    log: func(m: meta);
                  }
                  import alias: user;
                  use shared.{meta};

                  type id = u32;
                  import f: func(x: id) -> meta;

                  export run: func();
                  export user;
                }
                """, print(m, "t:t"));
        assertRoundTrips(m);
    }

    @Test
    void gatesArePrintedAndKept() throws WitException {
        WitModel m = resolve("""
                package t:t@0.2.2;
                @since(version = 0.2.0)
                interface i {
                  @since(version = 0.2.1)
                  b: func();
                  @unstable(feature = fancier-foo)
                  d: func();
                  @since(version = 0.2.0)
                  @deprecated(version = 0.2.2)
                  e: func();
                }
                """);
        assertEquals("""
                package t:t@0.2.2;

                @since(version = 0.2.0)
                interface i {
                  @since(version = 0.2.1)
                  b: func();

                  @unstable(feature = fancier-foo)
                  d: func();

                  @since(version = 0.2.0)
                  @deprecated(version = 0.2.2)
                  e: func();
                }
                """, print(m, "t:t@0.2.2"));
        assertRoundTrips(m);
    }

    @Test
    void nestedPackagesInOneFile() throws WitException {
        WitModel m = resolve("""
                package local:root;
                world w { import local:a/foo; import local:b/bar; }
                package local:a { interface foo { f: func(); } }
                package local:b { interface bar { use local:a/foo.{}; } }
                """.replace("use local:a/foo.{};", "g: func();"));
        assertEquals("""
                package local:root;

                world w {
                  import local:a/foo;
                  import local:b/bar;
                }
                """, print(m, "local:root"));
        assertEquals(3, m.packages().size());
        assertEquals("local:a", m.packages().get(0).name().toString());
        assertRoundTrips(m);
    }
}
