package dev.weft.runtime.engine;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import run.endive.runtime.ImportFunction;
import run.endive.runtime.ImportValues;
import run.endive.runtime.Instance;
import run.endive.wasm.Parser;
import run.endive.wasm.WasmModule;
import run.endive.wasm.WasmWriter;
import run.endive.wasm.types.FunctionType;
import run.endive.wasm.types.TypeSection;
import run.endive.wasm.types.ValType;

/**
 * Works around Endive 1.0.0's cross-instance {@code call_indirect} check, which looks the caller's type index up
 * in the <em>callee's</em> type section ({@code Shaded.callIndirect}, {@code InterpreterMachine.CALL_INDIRECT}):
 * a function another instance stored in a shared table fails (or wrongly passes) unless the two modules happen
 * to number their types alike.
 *
 * <p>For a caller instance Y and a foreign entry (function f of instance X), {@link #resolve} first asks whether
 * Endive's check in X would decide every type index of Y as Y itself would ({@link #sameVerdicts}); if so the
 * entry is used as it is. Otherwise it returns a trampoline: a one-import instance whose type section is Y's plus
 * f's type, so Endive's check (run against the trampoline's types) compares structurally against Y's numbering,
 * and whose import calls f in X.
 */
final class CallIndirectTrampolines {
    private static final Set<Integer> NUMERIC_TYPES = Set.of(ValType.ID.I32, ValType.ID.I64, ValType.ID.F32,
            ValType.ID.F64, ValType.ID.V128);

    /** A function reference as a table stores it. */
    record Ref(int function, Instance instance) {}

    /**
     * {@link #sameVerdicts} depends only on the two modules' type sections and the function's type index, so it is
     * decided once per (callee types, caller types, index) rather than once per instance: a component's fresh
     * instances share their modules' type sections. Keyed by identity, weakly, so verdicts go with the modules.
     */
    private static final Map<SectionKey, Map<SectionKey, Verdicts>> VERDICTS = new HashMap<>();
    private static final ReferenceQueue<TypeSection> STALE = new ReferenceQueue<>();

    /** Looks a {@link SectionKey} up without making a weak reference. */
    private record Probe(TypeSection section) {
        @Override
        public boolean equals(Object o) {
            return o instanceof SectionKey k && k.get() == section;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(section);
        }
    }

    /** A type section by identity, held weakly ({@link TypeSection#equals} compares structure, deeply). */
    private static final class SectionKey extends WeakReference<TypeSection> {
        private final int hash;

        SectionKey(TypeSection section, ReferenceQueue<TypeSection> queue) {
            super(section, queue);
            this.hash = System.identityHashCode(section);
        }

        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof SectionKey k && k.get() != null && k.get() == get();
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private final Instance caller;
    /** The first owner seen and what is known of its functions (almost every caller sees one owner). */
    private Instance firstOwner;
    private Owner first;
    /** Further owners, made on first use. */
    private Map<Instance, Owner> others;
    /** Trampoline modules by function type, made on first use. */
    private Map<FunctionType, Optional<WasmModule>> modules;

    /**
     * The verdicts of one (callee types, caller types) pair by the callee's type index: 0 not yet known, 1 same, 2
     * differ. Shared by every instance of the pair; a verdict is a pure function of its index, so two threads
     * working one out at once write the same byte, and a reader sees either 0 (and works it out too) or the verdict.
     */
    static final class Verdicts {
        private final byte[] byIndex;

        Verdicts(int typeCount) {
            this.byIndex = new byte[typeCount];
        }
    }

    /** What this caller knows of one owner instance: resolved entries by function index, verdicts by type index. */
    private static final class Owner {
        final Ref[] byFunction;
        /** The shared verdicts of (owner's types, caller's types), looked up once per owner. */
        Verdicts verdicts;

        Owner(int functions) {
            this.byFunction = new Ref[functions];
        }
    }

    CallIndirectTrampolines(Instance caller) {
        this.caller = caller;
    }

    /** What {@code caller} should see for the entry (function {@code f} of {@code owner}). */
    synchronized Ref resolve(int f, Instance owner) {
        Owner known = owner(owner);
        Ref[] byFunction = known.byFunction;
        if (f < 0 || f >= byFunction.length) {
            return new Ref(f, owner);
        }
        Ref ref = byFunction[f];
        if (ref == null) {
            ref = compute(f, owner, known);
            byFunction[f] = ref;
        }
        return ref;
    }

    private Owner owner(Instance owner) {
        if (owner == firstOwner) {
            return first;
        }
        if (firstOwner == null) {
            firstOwner = owner;
            first = new Owner(functionCount(owner));
            return first;
        }
        if (others == null) {
            others = new IdentityHashMap<>();
        }
        return others.computeIfAbsent(owner, o -> new Owner(functionCount(o)));
    }

    private static int functionCount(Instance instance) {
        return instance.imports().functionCount() + instance.module().functionSection().functionCount();
    }

    private Ref compute(int f, Instance owner, Owner known) {
        int k = owner.functionType(f);
        TypeSection calleeTypes = owner.module().typeSection();
        TypeSection callerTypes = caller.module().typeSection();
        if (known.verdicts == null) {
            known.verdicts = verdicts(calleeTypes, callerTypes);
        }
        boolean same = verdict(known.verdicts, calleeTypes, k, callerTypes);
        if (same) {
            return new Ref(f, owner);
        }
        FunctionType type = owner.type(k);
        if (modules == null) {
            modules = new HashMap<>();
        }
        Optional<WasmModule> module = modules.computeIfAbsent(type, t -> trampolineModule(callerTypes, t));
        if (module.isEmpty()) {
            return new Ref(f, owner);
        }
        var imports = ImportValues.builder()
                .addFunction(new ImportFunction("", "f", type, (instance, args) -> owner.getMachine().call(f, args)))
                .build();
        Instance trampoline = Instance.builder(module.get()).withImportValues(imports).build();
        return new Ref(0, trampoline);
    }

    /** The shared verdicts of functions of {@code calleeTypes} called from {@code callerTypes}, by type index. */
    static Verdicts verdicts(TypeSection calleeTypes, TypeSection callerTypes) {
        synchronized (VERDICTS) {
            for (Object stale; (stale = STALE.poll()) != null; ) {
                VERDICTS.remove(stale);
                for (Map<SectionKey, Verdicts> byCaller : VERDICTS.values()) {
                    byCaller.remove(stale);
                }
            }
            Map<SectionKey, Verdicts> byCaller = VERDICTS.get(new Probe(calleeTypes));
            if (byCaller == null) {
                byCaller = new HashMap<>();
                VERDICTS.put(new SectionKey(calleeTypes, STALE), byCaller);
            }
            Verdicts byIndex = byCaller.get(new Probe(callerTypes));
            if (byIndex == null) {
                byIndex = new Verdicts(calleeTypes.typeCount());
                byCaller.put(new SectionKey(callerTypes, STALE), byIndex);
            }
            return byIndex;
        }
    }

    /**
     * {@link #sameVerdicts} for type index {@code k}, from {@code verdicts} or worked out and kept there (an index
     * outside the callee's type section is worked out every time: Endive's own check fails on it).
     */
    static boolean verdict(Verdicts verdicts, TypeSection calleeTypes, int k, TypeSection callerTypes) {
        byte[] byIndex = verdicts.byIndex;
        if (k < 0 || k >= byIndex.length) {
            return sameVerdicts(calleeTypes, k, callerTypes);
        }
        byte known = byIndex[k];
        if (known != 0) {
            return known == 1;
        }
        boolean same = sameVerdicts(calleeTypes, k, callerTypes);
        byIndex[k] = (byte) (same ? 1 : 2);
        return same;
    }

    /**
     * True if, for every type index t of the caller, Endive's check in the callee (function type index {@code k}
     * against t in the callee's section) agrees with whether the caller's type t is the function's type.
     */
    static boolean sameVerdicts(TypeSection calleeTypes, int k, TypeSection callerTypes) {
        for (int t = 0; t < callerTypes.typeCount(); t++) {
            boolean wanted = TypeSection.crossModuleCanonicallyEquivalent(calleeTypes, k, callerTypes, t);
            if (wanted != endiveVerdict(calleeTypes, k, t)) {
                return false;
            }
        }
        return true;
    }

    private static boolean endiveVerdict(TypeSection calleeTypes, int k, int t) {
        try {
            return k == t || ValType.heapTypeSubtype(k, t, calleeTypes);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The caller's type section plus {@code type}, importing one function of that last type; empty if a type is not MVP. */
    static Optional<WasmModule> trampolineModule(TypeSection callerTypes, FunctionType type) {
        var types = new ByteArrayOutputStream();
        int count = callerTypes.typeCount();
        WasmWriter.writeVarUInt32(types, count + 1);
        for (int i = 0; i < count; i++) {
            FunctionType t = callerTypes.types()[i];
            if (t == null || !writeFunctionType(types, t)) {
                return Optional.empty();
            }
        }
        if (!writeFunctionType(types, type)) {
            return Optional.empty();
        }
        var imports = new ByteArrayOutputStream();
        WasmWriter.writeVarUInt32(imports, 1);
        WasmWriter.writeVarUInt32(imports, 0);
        byte[] name = "f".getBytes(StandardCharsets.UTF_8);
        WasmWriter.writeVarUInt32(imports, name.length);
        imports.writeBytes(name);
        imports.write(0x00);
        WasmWriter.writeVarUInt32(imports, count);
        var writer = new WasmWriter();
        writer.writeSection(1, types.toByteArray());
        writer.writeSection(2, imports.toByteArray());
        return Optional.of(Parser.parse(writer.bytes()));
    }

    private static boolean writeFunctionType(ByteArrayOutputStream out, FunctionType type) {
        out.write(0x60);
        return writeTypes(out, type.params()) && writeTypes(out, type.returns());
    }

    private static boolean writeTypes(ByteArrayOutputStream out, List<ValType> types) {
        WasmWriter.writeVarUInt32(out, types.size());
        for (ValType t : types) {
            if (t.id() == ValType.FuncRef.id()) {
                out.write(0x70);
            } else if (t.id() == ValType.ExternRef.id()) {
                out.write(0x6F);
            } else if (NUMERIC_TYPES.contains(t.opcode())) {
                out.write(t.opcode());
            } else {
                return false;
            }
        }
        return true;
    }
}
