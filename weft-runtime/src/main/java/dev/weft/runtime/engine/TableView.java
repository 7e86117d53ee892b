package dev.weft.runtime.engine;

import run.endive.runtime.Instance;
import run.endive.runtime.TableInstance;
import run.endive.wasm.types.Table;
import run.endive.wasm.types.TableLimits;
import run.endive.wasm.types.ValType;
import run.endive.wasm.types.Value;

/**
 * One instance's view of a funcref table that may be shared: every read and write goes to the backing table,
 * except that a function stored by another instance is read through {@link CallIndirectTrampolines}, so the
 * viewing instance's {@code call_indirect} type-checks it correctly on Endive. Each instance holding a table (the
 * one defining it and every importer) gets its own view, bound to it once the instance exists.
 */
final class TableView extends TableInstance {
    private final TableInstance backing;
    private Instance holder;
    private CallIndirectTrampolines trampolines;

    /**
     * The empty table Endive's constructor is given (every method of a view goes to {@link #backing}, so nothing
     * reads or grows it): one for the element type last seen, instead of a table, limits and initializer per view.
     */
    private static volatile Table placeholder;

    private TableView(TableInstance backing) {
        super(placeholder(backing.elementType()), Value.REF_NULL_VALUE);
        this.backing = backing;
    }

    /** An empty table of {@code elementType}, shared by the views of tables of that type. */
    static Table placeholder(ValType elementType) {
        Table shared = placeholder;
        if (shared == null || shared.elementType() != elementType) {
            shared = new Table(elementType, new TableLimits(0, 0));
            placeholder = shared;
        }
        return shared;
    }

    /** A new, unbound view of {@code table}'s storage (a view's backing table if it is one). */
    static TableView over(TableInstance table) {
        return new TableView(backing(table));
    }

    /** Whether tables of {@code elementType} get views (funcref tables without GC object references). */
    static boolean applies(ValType elementType) {
        return elementType.id() == ValType.FuncRef.id();
    }

    /** The storage behind {@code table}: itself unless it is a view. */
    static TableInstance backing(TableInstance table) {
        return table instanceof TableView view ? view.backing : table;
    }

    /** Binds this view to the instance that reads through it. */
    void bind(Instance holder) {
        this.trampolines = new CallIndirectTrampolines(holder);
        this.holder = holder;
        this.last = null;
    }

    /** The foreign entry resolved last and what it resolved to (one object, so a reader sees a consistent triple). */
    private record Last(int ref, Instance owner, CallIndirectTrampolines.Ref resolved) {}

    /**
     * The last foreign entry resolved: Endive's {@code call_indirect} asks for the same entry twice in a row
     * ({@link #requiredRef}, then {@link #instance}), and a guest calls the same few entries again and again.
     * What an entry resolves to depends only on (function, owner), which {@link CallIndirectTrampolines} keeps.
     */
    private Last last;

    private CallIndirectTrampolines.Ref resolve(int index) {
        int ref = backing.ref(index);
        Instance owner = backing.instance(index);
        if (owner == holder || owner == null || ref == Value.REF_NULL_VALUE || holder == null) {
            return null;
        }
        Last seen = last;
        if (seen != null && seen.ref == ref && seen.owner == owner) {
            return seen.resolved;
        }
        var resolved = trampolines.resolve(ref, owner);
        last = new Last(ref, owner, resolved);
        return resolved;
    }

    @Override
    public int size() {
        return backing.size();
    }

    @Override
    public ValType elementType() {
        return backing.elementType();
    }

    @Override
    public TableLimits limits() {
        return backing.limits();
    }

    @Override
    public int grow(int size, int value, Instance instance) {
        return backing.grow(size, value, instance);
    }

    @Override
    public int growWithRef(int size, Object refValue, Instance instance) {
        return backing.growWithRef(size, refValue, instance);
    }

    @Override
    public int ref(int index) {
        var r = resolve(index);
        return r == null ? backing.ref(index) : r.function();
    }

    @Override
    public int requiredRef(int index) {
        var r = resolve(index);
        return r == null ? backing.requiredRef(index) : r.function();
    }

    @Override
    public Object objRef(int index) {
        return backing.objRef(index);
    }

    @Override
    public void setRef(int index, int value, Instance instance) {
        backing.setRef(index, value, instance);
    }

    @Override
    public void setObjRef(int index, Object ref, Instance instance) {
        backing.setObjRef(index, ref, instance);
    }

    @Override
    public Instance instance(int index) {
        var r = resolve(index);
        return r == null ? backing.instance(index) : r.instance();
    }

    @Override
    public void reset() {
        backing.reset();
    }
}
