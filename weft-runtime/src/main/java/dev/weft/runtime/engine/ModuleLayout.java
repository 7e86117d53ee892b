package dev.weft.runtime.engine;

import dev.weft.error.ValidationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import run.endive.wasm.WasmModule;
import run.endive.wasm.types.ExternalType;
import run.endive.wasm.types.FunctionImport;
import run.endive.wasm.types.FunctionType;
import run.endive.wasm.types.GlobalImport;
import run.endive.wasm.types.Import;
import run.endive.wasm.types.MemoryImport;
import run.endive.wasm.types.TableImport;
import run.endive.wasm.types.TagImport;
import run.endive.wasm.types.TagType;

/**
 * A module's index spaces in Weft's core types, worked out once at compile time so that instantiation does no
 * type conversion.
 */
record ModuleLayout(
        List<CoreImport> imports,
        List<CoreExport> exports,
        Map<String, ExportSlot> exportSlots,
        CoreFuncType[] functionTypes,
        CoreMemoryType[] memoryTypes,
        CoreTableType[] tableTypes,
        CoreGlobalType[] globalTypes,
        CoreTagType[] tagTypes,
        int importedFunctions,
        int importedMemories,
        int importedTables,
        int importedGlobals,
        int importedTags,
        FunctionType[] importedFunctionEndiveTypes,
        TagType[] definedTags,
        FunctionType[] definedTagEndiveTypes) {

    /** Where an export points: its kind and index in that kind's index space. */
    record ExportSlot(ExternalType kind, int index) {}

    static ModuleLayout of(WasmModule module) throws ValidationException {
        try {
            return build(module);
        } catch (EndiveTypes.UnsupportedTypeException e) {
            throw new ValidationException(e.getMessage(), -1);
        }
    }

    private static ModuleLayout build(WasmModule module)
            throws EndiveTypes.UnsupportedTypeException, ValidationException {
        var imports = new ArrayList<CoreImport>();
        var funcs = new ArrayList<CoreFuncType>();
        var mems = new ArrayList<CoreMemoryType>();
        var tables = new ArrayList<CoreTableType>();
        var globals = new ArrayList<CoreGlobalType>();
        var tags = new ArrayList<CoreTagType>();
        var definedTags = new ArrayList<TagType>();
        var definedTagTypes = new ArrayList<FunctionType>();
        var endiveFunctionImports = new ArrayList<FunctionType>();
        var importSection = module.importSection();
        for (int i = 0; i < importSection.importCount(); i++) {
            Import imp = importSection.getImport(i);
            if (imp instanceof FunctionImport function) {
                endiveFunctionImports.add(module.typeSection().getType(function.typeIndex()));
            }
            CoreExternType type = switch (imp.importType()) {
                case FUNCTION -> add(funcs, EndiveTypes.toCore(
                        module.typeSection().getType(((FunctionImport) imp).typeIndex())));
                case MEMORY -> add(mems, EndiveTypes.toCore(((MemoryImport) imp).limits()));
                case TABLE -> add(tables, EndiveTypes.toCore(
                        ((TableImport) imp).entryType(), ((TableImport) imp).limits()));
                case GLOBAL -> add(globals, EndiveTypes.toCore(
                        ((GlobalImport) imp).type(), ((GlobalImport) imp).mutabilityType()));
                case TAG -> add(tags, new CoreTagType(EndiveTypes.toCore(
                        module.typeSection().getType(((TagImport) imp).tagType().typeIdx()))));
            };
            imports.add(new CoreImport(imp.module(), imp.name(), type));
        }
        int importedFunctions = funcs.size();
        int importedMemories = mems.size();
        int importedTables = tables.size();
        int importedGlobals = globals.size();
        int importedTags = tags.size();

        var functionSection = module.functionSection();
        for (int i = 0; i < functionSection.functionCount(); i++) {
            funcs.add(EndiveTypes.toCore(module.typeSection().getType(functionSection.getFunctionType(i))));
        }
        if (module.memorySection().isPresent()) {
            var section = module.memorySection().get();
            for (int i = 0; i < section.memoryCount(); i++) {
                mems.add(EndiveTypes.toCore(section.getMemory(i).limits()));
            }
        }
        for (int i = 0; i < module.tableSection().tableCount(); i++) {
            var table = module.tableSection().getTable(i);
            tables.add(EndiveTypes.toCore(table.elementType(), table.limits()));
        }
        for (var global : module.globalSection().globals()) {
            globals.add(EndiveTypes.toCore(global.valueType(), global.mutabilityType()));
        }
        if (module.tagSection().isPresent()) {
            for (TagType tag : module.tagSection().get().types()) {
                definedTags.add(tag);
                definedTagTypes.add(module.typeSection().getType(tag.typeIdx()));
                tags.add(new CoreTagType(EndiveTypes.toCore(module.typeSection().getType(tag.typeIdx()))));
            }
        }

        var exports = new ArrayList<CoreExport>();
        var slots = new LinkedHashMap<String, ExportSlot>();
        var exportSection = module.exportSection();
        for (int i = 0; i < exportSection.exportCount(); i++) {
            var export = exportSection.getExport(i);
            int index = export.index();
            CoreExternType type = switch (export.exportType()) {
                case FUNCTION -> at(funcs, index, export.name());
                case MEMORY -> at(mems, index, export.name());
                case TABLE -> at(tables, index, export.name());
                case GLOBAL -> at(globals, index, export.name());
                case TAG -> at(tags, index, export.name());
            };
            exports.add(new CoreExport(export.name(), type));
            slots.put(export.name(), new ExportSlot(export.exportType(), index));
        }
        return new ModuleLayout(List.copyOf(imports), List.copyOf(exports), Map.copyOf(slots),
                funcs.toArray(CoreFuncType[]::new), mems.toArray(CoreMemoryType[]::new),
                tables.toArray(CoreTableType[]::new), globals.toArray(CoreGlobalType[]::new),
                tags.toArray(CoreTagType[]::new),
                importedFunctions, importedMemories, importedTables, importedGlobals, importedTags,
                endiveFunctionImports.toArray(FunctionType[]::new), definedTags.toArray(TagType[]::new),
                definedTagTypes.toArray(FunctionType[]::new));
    }

    private static <T> T add(List<T> list, T value) {
        list.add(value);
        return value;
    }

    private static <T> T at(List<T> list, int index, String exportName) throws ValidationException {
        if (index < 0 || index >= list.size()) {
            throw new ValidationException("export " + exportName + " refers to unknown index " + index, -1);
        }
        return list.get(index);
    }
}
