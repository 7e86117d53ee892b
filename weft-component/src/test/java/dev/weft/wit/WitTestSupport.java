package dev.weft.wit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.weft.wit.print.WitPrinter;
import dev.weft.wit.resolve.PackageName;
import dev.weft.wit.resolve.ResolveOptions;
import dev.weft.wit.resolve.WitModel;
import dev.weft.wit.resolve.WitPackage;
import dev.weft.wit.resolve.WitResolver;

/** Small helpers for WIT tests: resolve text, print, re-parse. */
final class WitTestSupport {
    private WitTestSupport() {
    }

    /** Resolves each text as one file/package (in order) with all features enabled. */
    static WitModel resolve(String... texts) throws WitException {
        return resolve(ResolveOptions.withAllFeatures(), texts);
    }

    static WitModel resolve(ResolveOptions options, String... texts) throws WitException {
        WitResolver r = new WitResolver(options);
        for (int i = 0; i < texts.length; i++) {
            r.addSource("f" + i + ".wit", texts[i]);
        }
        return r.resolve();
    }

    /** The last package of the model printed. */
    static String printLast(WitModel model) {
        WitPackage last = model.packages().get(model.packages().size() - 1);
        return WitPrinter.print(model, last.name());
    }

    static String print(WitModel model, String pkg) {
        return WitPrinter.print(model, PackageName.parse(pkg));
    }

    /** Printing every package and resolving the prints again gives an equal model. */
    static void assertRoundTrips(WitModel model) throws WitException {
        WitResolver r = new WitResolver(ResolveOptions.withAllFeatures());
        for (WitPackage p : model.packages()) {
            r.addSource(p.name() + ".wit", WitPrinter.print(model, p.name()));
        }
        WitModel again = r.resolve();
        for (WitPackage p : model.packages()) {
            assertEquals(WitPrinter.print(model, p.name()), WitPrinter.print(again, p.name()));
        }
        assertEquals(model, again);
    }

    /** Resolving fails with exactly {@code expected} as "file:line:col: reason" prefix. */
    static WitException assertError(String expectedLocation, String reasonFragment, String... texts) {
        WitException e = assertThrows(WitException.class, () -> resolve(texts));
        assertEquals(expectedLocation, e.location().toString(), e.getMessage());
        if (!e.reason().contains(reasonFragment)) {
            throw new AssertionError("reason `" + e.reason() + "` does not contain `" + reasonFragment + "`");
        }
        return e;
    }
}
