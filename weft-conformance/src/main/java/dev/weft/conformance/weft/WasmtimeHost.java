package dev.weft.conformance.weft;

import dev.weft.component.types.FuncType;
import dev.weft.component.types.PrimitiveType;
import dev.weft.runtime.Linker;
import dev.weft.runtime.LinkerInstance;
import dev.weft.value.Val;
import java.util.List;
import java.util.Optional;

/**
 * The host items Wasmtime's wast runner offers its component scripts: {@code host-return-two} at the root, and an
 * instance {@code host} with {@code return-three}, {@code nested.return-four} and {@code return-hi}.
 */
final class WasmtimeHost {
    private WasmtimeHost() {
    }

    static void define(Linker linker) {
        FuncType returnsU32 = new FuncType(List.of(), Optional.of(PrimitiveType.U32), false);
        FuncType returnsString = new FuncType(List.of(), Optional.of(PrimitiveType.STRING), false);
        linker.root().function("host-return-two", returnsU32, args -> List.of(Val.u32(2)));
        LinkerInstance host = linker.instance("host");
        host.function("return-three", returnsU32, args -> List.of(Val.u32(3)));
        host.instance("nested").function("return-four", returnsU32, args -> List.of(Val.u32(4)));
        host.function("return-hi", returnsString, args -> List.of(Val.string("hi")));
    }
}
