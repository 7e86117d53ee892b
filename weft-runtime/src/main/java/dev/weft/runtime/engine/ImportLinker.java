package dev.weft.runtime.engine;

import dev.weft.error.LinkException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import run.endive.runtime.ImportFunction;
import run.endive.runtime.ImportGlobal;
import run.endive.runtime.ImportMemory;
import run.endive.runtime.ImportTable;
import run.endive.runtime.ImportTag;
import run.endive.runtime.ImportValues;
import run.endive.runtime.TableInstance;

/** Checks {@link CoreImports} against a module's imports and turns them into Endive import values. */
final class ImportLinker {

    /** What one instantiation imports, by kind and index, for the instance to hand out again as exports. */
    record Linked(ImportValues values, CoreFunction[] functions, EndiveMemory[] memories, EndiveTable[] tables,
                  EndiveGlobal[] globals, EndiveTag[] tags, List<TableView> tableViews) {}

    private ImportLinker() {}

    /** The value slots of each imported function's results, by function index (for {@link #link}). */
    static int[] importResultSlots(ModuleLayout layout) {
        int[] slots = new int[layout.importedFunctions()];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = layout.functionTypes()[i].resultSlots();
        }
        return slots;
    }

    /**
     * Links {@code imports}; {@code resultSlots} are {@link #importResultSlots} of {@code layout}, worked out once
     * per module. With {@code definedTagsAsImports}, the module's own tags are made here and appended as extra tag
     * imports (for an instance made by {@link InstanceTemplate}, which passes the import values on as they are;
     * see {@link EndiveTag}).
     */
    static Linked link(ModuleLayout layout, int[] resultSlots, CoreImports imports,
                       HostFunctionAdapter.CallerRef caller, boolean definedTagsAsImports) throws LinkException {
        var functions = new CoreFunction[layout.importedFunctions()];
        var memories = new EndiveMemory[layout.importedMemories()];
        var tables = new EndiveTable[layout.importedTables()];
        var globals = new EndiveGlobal[layout.importedGlobals()];
        int definedTags = definedTagsAsImports ? layout.definedTags().length : 0;
        var tags = new EndiveTag[layout.importedTags() + definedTags];
        var values = ImportValues.builder();
        var views = new ArrayList<TableView>();
        int f = 0, m = 0, t = 0, g = 0, e = 0;
        List<CoreImport> all = layout.imports();
        boolean inOrder = imports.inOrderFor(all);
        for (int i = 0; i < all.size(); i++) {
            CoreImport imp = all.get(i);
            var value = inOrder ? imports.positional(all, i) : imports.lookup(imp.module(), imp.name()).orElse(null);
            if (value == null) {
                throw new LinkException("missing import " + imp.qualifiedName() + ": the module expects "
                        + describe(imp.type()));
            }
            switch (imp.type()) {
                case CoreFuncType type -> {
                    values.addFunction(function(imp, type, layout.importedFunctionEndiveTypes()[f], resultSlots[f],
                            value, caller));
                    functions[f++] = value instanceof CoreImports.ExternValue(CoreFunction fn) ? fn : null;
                }
                case CoreMemoryType type -> {
                    var memory = extern(imp, value, EndiveMemory.class);
                    checkMemory(imp, type, memory);
                    values.addMemory(new ImportMemory(imp.module(), imp.name(), MemoryView.sharing(memory.memory())));
                    memories[m++] = memory;
                }
                case CoreTableType type -> {
                    var table = extern(imp, value, EndiveTable.class);
                    checkTable(imp, type, table.type());
                    TableInstance shared = table.table();
                    if (TableView.applies(shared.elementType())) {
                        TableView view = TableView.over(shared);
                        views.add(view);
                        shared = view;
                    }
                    values.addTable(new ImportTable(imp.module(), imp.name(), shared));
                    tables[t++] = table;
                }
                case CoreGlobalType type -> {
                    var global = extern(imp, value, EndiveGlobal.class);
                    if (!global.type().equals(type)) {
                        throw mismatch(imp, global.type());
                    }
                    values.addGlobal(new ImportGlobal(imp.module(), imp.name(), global.global()));
                    globals[g++] = global;
                }
                case CoreTagType type -> {
                    var tag = extern(imp, value, EndiveTag.class);
                    if (!tag.type().equals(type)) {
                        throw mismatch(imp, tag.type());
                    }
                    values.addTag(new ImportTag(imp.module(), imp.name(), tag.importable()));
                    tags[e++] = tag;
                }
            }
        }
        for (int i = 0; i < definedTags; i++) {
            var tag = EndiveTag.fresh(layout.definedTags()[i], layout.definedTagEndiveTypes()[i],
                    layout.tagTypes()[e]);
            values.addTag(new ImportTag("", "", tag.importable()));
            tags[e++] = tag;
        }
        return new Linked(values.build(), functions, memories, tables, globals, tags, views);
    }

    private static ImportFunction function(CoreImport imp, CoreFuncType type,
                                           run.endive.wasm.types.FunctionType endiveType, int resultSlots,
                                           CoreImports.Value value, HostFunctionAdapter.CallerRef caller)
            throws LinkException {
        return switch (value) {
            case CoreImports.HostFunctionValue(CoreFuncType given, CoreHostFunction fn) -> {
                if (given != type && !given.equals(type)) {
                    throw mismatch(imp, given);
                }
                yield new ImportFunction(imp.module(), imp.name(), endiveType,
                        new HostFunctionAdapter(imp, fn, resultSlots, caller));
            }
            case CoreImports.ExternValue(CoreExtern extern) -> {
                if (!(extern instanceof EndiveFunction fn)) {
                    throw mismatch(imp, extern.type());
                }
                if (fn.type() != type && !fn.type().equals(type)) {
                    throw mismatch(imp, fn.type());
                }
                yield new ImportFunction(imp.module(), imp.name(), endiveType, (inst, args) -> fn.callRaw(args));
            }
        };
    }

    private static <T extends CoreExtern> T extern(CoreImport imp, CoreImports.Value value, Class<T> kind)
            throws LinkException {
        return switch (value) {
            case CoreImports.HostFunctionValue(CoreFuncType given, CoreHostFunction fn) -> throw mismatch(imp, given);
            case CoreImports.ExternValue(CoreExtern extern) -> {
                if (!kind.isInstance(extern)) {
                    throw mismatch(imp, extern.type());
                }
                yield kind.cast(extern);
            }
        };
    }

    private static void checkMemory(CoreImport imp, CoreMemoryType expected, EndiveMemory memory)
            throws LinkException {
        CoreMemoryType actual = memory.type();
        if (actual.minPages() < expected.minPages() || actual.shared() != expected.shared()
                || !maxFits(actual.maxPages(), expected.maxPages())) {
            throw mismatch(imp, actual);
        }
    }

    private static void checkTable(CoreImport imp, CoreTableType expected, CoreTableType actual) throws LinkException {
        boolean maxOk = expected.max().isEmpty()
                || (actual.max().isPresent() && actual.max().getAsLong() <= expected.max().getAsLong());
        if (actual.elementType() != expected.elementType() || actual.min() < expected.min() || !maxOk) {
            throw mismatch(imp, actual);
        }
    }

    private static boolean maxFits(OptionalInt actual, OptionalInt expected) {
        return expected.isEmpty() || (actual.isPresent() && actual.getAsInt() <= expected.getAsInt());
    }

    private static LinkException mismatch(CoreImport imp, CoreExternType actual) {
        return new LinkException("import " + imp.qualifiedName() + " has the wrong type: the module expects "
                + describe(imp.type()) + ", given " + describe(actual));
    }

    static String describe(CoreExternType type) {
        return switch (type) {
            case CoreFuncType f -> f.toString();
            case CoreMemoryType m -> "(memory " + m.minPages() + max(m.maxPages().isPresent()
                    ? OptionalLong.of(m.maxPages().getAsInt()) : OptionalLong.empty())
                    + (m.shared() ? " shared" : "") + ")";
            case CoreTableType t -> "(table " + t.min() + max(t.max()) + " " + t.elementType().watName() + ")";
            case CoreGlobalType g -> "(global " + (g.mutable() ? "(mut " + g.valueType().watName() + ")"
                    : g.valueType().watName()) + ")";
            case CoreTagType t -> "(tag " + t.type() + ")";
        };
    }

    private static String max(OptionalLong max) {
        return max.isPresent() ? " " + max.getAsLong() : "";
    }

}
