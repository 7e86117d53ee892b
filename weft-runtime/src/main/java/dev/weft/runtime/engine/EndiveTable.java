package dev.weft.runtime.engine;

import dev.weft.error.Trap;
import dev.weft.error.TrapKind;
import java.util.Optional;
import run.endive.runtime.Instance;
import run.endive.runtime.TableInstance;
import run.endive.wasm.types.Value;

/** A table backed by an Endive {@code TableInstance}. */
final class EndiveTable implements CoreTable {
    private final TableInstance table;
    private final CoreTableType declared;

    /** @param table the table's storage, or an instance's view of it (the storage is kept) */
    EndiveTable(TableInstance table, CoreTableType declared) {
        this.table = TableView.backing(table);
        this.declared = declared;
    }

    TableInstance table() {
        return table;
    }

    @Override
    public CoreTableType type() {
        return new CoreTableType(declared.elementType(), table.size(), declared.max());
    }

    @Override
    public int size() {
        return table.size();
    }

    @Override
    public int grow(int delta) {
        return table.grow(delta, Value.REF_NULL_VALUE, null);
    }

    @Override
    public Optional<CoreFunction> function(int index) throws Trap {
        requireFuncref();
        checkIndex(index);
        int ref = table.ref(index);
        if (ref == Value.REF_NULL_VALUE) {
            return Optional.empty();
        }
        Instance owner = table.instance(index);
        try {
            return Optional.of(new EndiveFunction(owner, ref, EndiveTypes.toCore(owner.type(owner.functionType(ref)))));
        } catch (EndiveTypes.UnsupportedTypeException e) {
            throw new IllegalStateException("table entry " + index + " has a type Weft cannot describe", e);
        }
    }

    @Override
    public void setFunction(int index, CoreFunction function) throws Trap {
        requireFuncref();
        checkIndex(index);
        var f = (EndiveFunction) function;
        table.setRef(index, f.index(), f.instance());
    }

    private void requireFuncref() {
        if (declared.elementType() != CoreValType.FUNCREF) {
            throw new IllegalStateException("table of " + declared.elementType().watName() + " holds no functions");
        }
    }

    private void checkIndex(int index) throws Trap {
        if (index < 0 || index >= table.size()) {
            throw new Trap(TrapKind.TABLE_OUT_OF_BOUNDS, "out of bounds table access: index " + index
                    + " in table of " + table.size());
        }
    }
}
