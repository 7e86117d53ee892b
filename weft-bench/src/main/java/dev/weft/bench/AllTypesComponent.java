package dev.weft.bench;

import dev.weft.component.Component;
import dev.weft.runtime.Engine;
import dev.weft.runtime.InstancePre;
import dev.weft.runtime.Linker;
import dev.weft.value.StringVal;
import dev.weft.value.U32Val;
import dev.weft.value.Val;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The componentize-js all-types fixture ({@code fixtures/build/js-all-types.wasm}, or {@code $WEFT_BENCH_COMPONENT})
 * linked with the same host as the reference: {@code log} discards, {@code transform(x)} is {@code x * 3}.
 */
final class AllTypesComponent {
    static final String API = "test:all-types/api";

    private AllTypesComponent() {
    }

    static Path path() {
        String env = System.getenv("WEFT_BENCH_COMPONENT");
        return Path.of(env != null && !env.isBlank() ? env : "fixtures/build/js-all-types.wasm");
    }

    static Component decode() throws Exception {
        return Component.decode(Files.readAllBytes(path()));
    }

    static Linker linker() {
        Linker linker = new Linker();
        linker.instance("test:all-types/host")
                .function("log", args -> {
                    if (!(args.get(0) instanceof StringVal)) {
                        throw new IllegalArgumentException("log expects a string");
                    }
                    return List.of();
                })
                .function("transform", args -> List.of(Val.u32((((U32Val) args.get(0)).value() * 3) & 0xffff_ffffL)));
        return linker;
    }

    static InstancePre prepare(Engine engine) throws Exception {
        return linker().prepare(engine, decode());
    }
}
