package dev.weft.conformance.weft;

import dev.weft.component.types.FuncType;
import dev.weft.component.types.PrimitiveType;
import dev.weft.error.DecodeException;
import dev.weft.error.Trap;
import dev.weft.error.ValidationException;
import dev.weft.runtime.Engine;
import dev.weft.runtime.HostResource;
import dev.weft.runtime.Linker;
import dev.weft.runtime.LinkerInstance;
import dev.weft.runtime.engine.CoreModule;
import dev.weft.value.ResourceVal;
import dev.weft.value.U32Val;
import dev.weft.value.Val;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The host items Wasmtime's wast runner gives its component scripts ({@code link_component_spectest} in
 * bytecodealliance/wasmtime {@code crates/wast/src/spectest.rs}): {@code host-return-two} at the root, and an
 * instance {@code host} with {@code return-three}, {@code nested.return-four}, {@code return-hi}, the core module
 * {@code simple-module} (a global {@code g} = 100 and a function {@code f} returning 101), and the resources
 * {@code resource1} (its drops counted), {@code resource2} and {@code resource1-again} (the same type as
 * {@code resource1}) with {@code resource1}'s constructor, static and method functions, which check what they
 * receive as Wasmtime's do (a failed check traps here, where Wasmtime's panics). Not provided: Wasmtime's
 * concurrent host functions ({@code host-echo-u32}, {@code never-return}, {@code return-two-slowly},
 * {@code echo-slowly}, {@code [method]resource1.never-return}), which only component-model-async scripts use.
 */
final class WasmtimeHost {
    /**
     * {@code (module (global (export "g") i32 i32.const 100) (func (export "f") (result i32) i32.const 101))},
     * assembled with wabt's wat2wasm.
     */
    private static final byte[] SIMPLE_MODULE = {
        0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7f, 0x03, 0x02, 0x01,
        0x00, 0x06, 0x07, 0x01, 0x7f, 0x00, 0x41, (byte) 0xe4, 0x00, 0x0b, 0x07, 0x09, 0x02, 0x01, 0x67, 0x03, 0x00,
        0x01, 0x66, 0x00, 0x00, 0x0a, 0x07, 0x01, 0x05, 0x00, 0x41, (byte) 0xe5, 0x00, 0x0b,
    };

    private WasmtimeHost() {
    }

    /** The core module {@code host#simple-module}, compiled by {@code engine}. */
    static CoreModule simpleModule(Engine engine) {
        try {
            return engine.compileModule(SIMPLE_MODULE);
        } catch (DecodeException | ValidationException e) {
            throw new IllegalStateException("the built-in simple-module does not compile: " + e.getMessage(), e);
        }
    }

    static void define(Linker linker, CoreModule simpleModule) {
        FuncType returnsU32 = new FuncType(List.of(), Optional.of(PrimitiveType.U32), false);
        FuncType returnsString = new FuncType(List.of(), Optional.of(PrimitiveType.STRING), false);
        linker.root().function("host-return-two", returnsU32, args -> List.of(Val.u32(2)));
        LinkerInstance host = linker.instance("host");
        host.function("return-three", returnsU32, args -> List.of(Val.u32(3)));
        host.instance("nested").function("return-four", returnsU32, args -> List.of(Val.u32(4)));
        host.module("simple-module", simpleModule);
        host.function("return-hi", returnsString, args -> List.of(Val.string("hi")));
        defineResources(host);
    }

    private static void defineResources(LinkerInstance host) {
        AtomicInteger drops = new AtomicInteger();
        AtomicLong lastDrop = new AtomicLong();
        HostResource<Long> resource1 = HostResource.of("resource1", Long.class, rep -> {
            drops.incrementAndGet();
            lastDrop.set(rep);
        });
        host.resource("resource1", resource1);
        host.resource("resource2", HostResource.of("resource2", Long.class));
        host.resource("resource1-again", resource1.type());
        host.function("[constructor]resource1", args -> List.of(resource1.own(u32(args, 0))));
        host.function("[static]resource1.assert", args -> {
            check(resource1.get(args.get(0)) == u32(args, 1), "resource1.assert: rep differs");
            return List.of();
        });
        host.function("[static]resource1.last-drop", args -> List.of(Val.u32(lastDrop.get())));
        host.function("[static]resource1.drops", args -> List.of(Val.u32(drops.get())));
        host.function("[method]resource1.simple", args -> {
            check(!owned(args, 0), "resource1.simple: self is owned");
            check(resource1.get(args.get(0)) == u32(args, 1), "resource1.simple: rep differs");
            return List.of();
        });
        host.function("[method]resource1.take-borrow", args -> {
            check(!owned(args, 0) && !owned(args, 1), "resource1.take-borrow: an argument is owned");
            return List.of();
        });
        host.function("[method]resource1.take-own", args -> {
            check(!owned(args, 0) && owned(args, 1), "resource1.take-own: wrong ownership");
            return List.of();
        });
    }

    private static long u32(List<Val> args, int index) throws Trap {
        if (args.get(index) instanceof U32Val v) {
            return v.value();
        }
        throw new Trap("expected a u32 argument at " + index + ", got " + args.get(index));
    }

    private static boolean owned(List<Val> args, int index) throws Trap {
        if (args.get(index) instanceof ResourceVal r) {
            return r.owned();
        }
        throw new Trap("expected a resource handle at " + index + ", got " + args.get(index));
    }

    private static void check(boolean condition, String message) throws Trap {
        if (!condition) {
            throw new Trap(message);
        }
    }
}
