package dev.weft.app.config;

import static dev.weft.wasi.WasiVals.one;

import dev.weft.runtime.Linker;
import dev.weft.value.ListVal;
import dev.weft.value.StringVal;
import dev.weft.value.Val;
import dev.weft.wasi.WasiVals;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Defines {@code wasi:config/store} ({@code get}, {@code get-all}) at {@code 0.2.0-draft-2024-09-27} (Spin 3's) and
 * {@code 0.2.0-draft}, serving a fixed map (a component's resolved variables). Values never change while the app
 * runs, so neither error case ({@code upstream}, {@code io}) occurs.
 */
public final class ConfigHost {
    /** The {@code wasi:config} versions defined. */
    public static final List<String> VERSIONS = List.of("0.2.0-draft-2024-09-27", "0.2.0-draft");

    private ConfigHost() {
    }

    public static void addToLinker(Linker linker, Map<String, String> values) {
        Map<String, String> sorted = new TreeMap<>(values);
        for (String version : VERSIONS) {
            linker.instance("wasi:config/store@" + version)
                    .function("get", a -> {
                        String v = sorted.get(WasiVals.toStr(a.get(0)));
                        return one(WasiVals.ok(v == null ? WasiVals.none() : WasiVals.some(new StringVal(v))));
                    })
                    .function("get-all", a -> {
                        List<Val> out = new ArrayList<>();
                        sorted.forEach((k, v) -> out.add(WasiVals.tuple(new StringVal(k), new StringVal(v))));
                        return one(WasiVals.ok(new ListVal(out)));
                    });
        }
    }
}
