package dev.weft.runtime.engine;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.Optional;
import run.endive.runtime.Instance;
import run.endive.runtime.TableInstance;

/**
 * Writes a run of function entries into an Endive table's own arrays at once (one array copy and one fill instead
 * of a bounds-checked {@code setRef} per entry: SpiderMonkey's table gets ~7 800 entries per instance). Reaches the
 * private arrays through a private lookup, as {@link InstanceTemplate} does; when that is not possible, or the
 * table is not a plain {@link TableInstance}, {@link #fill} declines and the caller uses {@code setRef}.
 */
final class TableArrays {
    private static final Optional<VarHandle[]> ARRAYS = handles();

    private TableArrays() {
    }

    /**
     * Stores {@code functions} (function indices of {@code owner}) at {@code offset} of {@code table}, as
     * {@code setRef(offset + i, functions[i], owner)} would; false (nothing written) when it cannot.
     */
    static boolean fill(TableInstance table, int offset, int[] functions, Instance owner) {
        if (ARRAYS.isEmpty() || table.getClass() != TableInstance.class) {
            return false;
        }
        int[] refs = (int[]) ARRAYS.get()[0].get(table);
        Instance[] instances = (Instance[]) ARRAYS.get()[1].get(table);
        if (offset < 0 || offset + functions.length > Math.min(refs.length, instances.length)) {
            return false;
        }
        System.arraycopy(functions, 0, refs, offset, functions.length);
        Arrays.fill(instances, offset, offset + functions.length, owner);
        return true;
    }

    private static Optional<VarHandle[]> handles() {
        try {
            var lookup = MethodHandles.privateLookupIn(TableInstance.class, MethodHandles.lookup());
            return Optional.of(new VarHandle[] {
                lookup.findVarHandle(TableInstance.class, "refs", int[].class),
                lookup.findVarHandle(TableInstance.class, "instances", Instance[].class)});
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
