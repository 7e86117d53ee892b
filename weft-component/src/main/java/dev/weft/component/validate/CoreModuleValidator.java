package dev.weft.component.validate;

import dev.weft.component.ast.CoreModuleSection;
import dev.weft.component.types.CoreExternType;
import dev.weft.component.types.CoreFuncType;
import dev.weft.component.types.CoreGlobalType;
import dev.weft.component.types.CoreMemoryType;
import dev.weft.component.types.CoreModuleType;
import dev.weft.component.types.CoreTableType;
import dev.weft.component.types.CoreTagType;
import dev.weft.component.types.CoreValType;
import dev.weft.error.DecodeException;
import dev.weft.error.ValidationException;
import run.endive.wasm.InvalidException;
import run.endive.wasm.MalformedException;
import run.endive.wasm.Parser;
import run.endive.wasm.WasmModule;
import run.endive.wasm.types.Export;
import run.endive.wasm.types.FunctionImport;
import run.endive.wasm.types.FunctionType;
import run.endive.wasm.types.GlobalImport;
import run.endive.wasm.types.Import;
import run.endive.wasm.types.MemoryImport;
import run.endive.wasm.types.MemoryLimits;
import run.endive.wasm.types.MutabilityType;
import run.endive.wasm.types.TableImport;
import run.endive.wasm.types.TableLimits;
import run.endive.wasm.types.TagImport;
import run.endive.wasm.types.TagType;
import run.endive.wasm.types.ValType;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import run.endive.wasm.types.CodeSection;
import run.endive.wasm.types.ExportSection;
import run.endive.wasm.types.FunctionBody;
import run.endive.wasm.types.FunctionSection;
import run.endive.wasm.types.GlobalSection;
import run.endive.wasm.types.ImportSection;
import run.endive.wasm.types.MemorySection;
import run.endive.wasm.types.SectionId;
import run.endive.wasm.types.TableSection;
import run.endive.wasm.types.TagSection;
import run.endive.wasm.types.TypeSection;

/**
 * Validates an embedded core module with Endive (parse with validation) and derives its {@link CoreModuleType}.
 * Endive's malformed/invalid verdicts become {@link DecodeException}/{@link ValidationException} at the module's
 * offset.
 */
public final class CoreModuleValidator {
    private CoreModuleValidator() {
    }

    public static CoreModuleType validate(CoreModuleSection section) throws ValidationException, DecodeException {
        var key = ValidatedModuleCache.keyOf(section.bytes());
        if (key.isPresent()) {
            var cached = ValidatedModuleCache.get(key.get());
            if (cached.isPresent()) {
                return cached.get();
            }
        }
        if (key.isPresent() && ValidationMarkers.contains(key.get())) {
            Optional<CoreModuleType> known = typeWithoutCode(section);
            if (known.isPresent()) {
                ValidatedModuleCache.put(key.get(), known.get());
                return known.get();
            }
        }
        CoreModuleType type = validateUncached(section);
        key.ifPresent(k -> {
            ValidatedModuleCache.put(k, type);
            ValidationMarkers.record(k);
        });
        return type;
    }

    /**
     * The type of a module that validated before (see {@link ValidationMarkers}), read from its type, import,
     * function, table, memory, global, export and tag sections only; empty if that fails for any reason (then
     * the module is validated in full).
     */
    static Optional<CoreModuleType> typeWithoutCode(CoreModuleSection section) {
        try {
            var builder = WasmModule.builder().withValidation(false);
            int[] definedFunctions = {0};
            var parser = Parser.builder().withValidation(false);
            for (int id : new int[] {SectionId.TYPE, SectionId.IMPORT, SectionId.FUNCTION, SectionId.TABLE,
                    SectionId.MEMORY, SectionId.GLOBAL, SectionId.EXPORT, SectionId.TAG}) {
                parser.includeSectionId(id);
            }
            parser.build().parse(new ByteArrayInputStream(EmptyImportNames.rewrite(section.bytes())), s -> {
                switch (s) {
                    case TypeSection t -> builder.setTypeSection(t);
                    case ImportSection i -> builder.setImportSection(i);
                    case FunctionSection f -> {
                        builder.setFunctionSection(f);
                        definedFunctions[0] = f.functionCount();
                    }
                    case TableSection t -> builder.setTableSection(t);
                    case MemorySection m -> builder.setMemorySection(m);
                    case GlobalSection g -> builder.setGlobalSection(g);
                    case ExportSection e -> builder.setExportSection(e);
                    case TagSection t -> builder.setTagSection(t);
                    default -> {
                    }
                }
            });
            var code = CodeSection.builder();
            var stub = new FunctionBody(List.of(), List.of());
            for (int i = 0; i < definedFunctions[0]; i++) {
                code.addFunctionBody(stub);
            }
            builder.setCodeSection(code.build());
            return Optional.of(typeOf(builder.build(), section.offset()));
        } catch (RuntimeException | ValidationException | AssertionError e) {
            return Optional.empty();
        }
    }

    static CoreModuleType validateUncached(CoreModuleSection section)
            throws ValidationException, DecodeException {
        WasmModule module;
        try {
            module = Parser.builder().withValidation(true).build()
                    .parse(() -> new ByteArrayInputStream(EmptyImportNames.rewrite(section.bytes())));
        } catch (MalformedException e) {
            throw new DecodeException("malformed core module: " + e.getMessage(), section.offset(), e);
        } catch (InvalidException e) {
            throw new ValidationException("invalid core module: " + e.getMessage(), section.offset());
        } catch (RuntimeException | AssertionError e) {
            throw new ValidationException("invalid core module: " + e, section.offset());
        }
        try {
            CoreModuleType type = typeOf(module, section.offset());
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (CoreModuleType.Import i : type.imports()) {
                if (!seen.add(i.module() + ":" + i.name())) {
                    throw new ValidationException("duplicate import name `" + i.module() + ":" + i.name()
                            + "` in core module (two-level names must be unique in a component)", section.offset());
                }
            }
            return type;
        } catch (InvalidException e) {
            throw new ValidationException("invalid core module: " + e.getMessage(), section.offset());
        }
    }

    private static CoreModuleType typeOf(WasmModule m, long offset) throws ValidationException {
        List<CoreModuleType.Import> imports = new ArrayList<>();
        List<CoreFuncType> funcs = new ArrayList<>();
        List<CoreTableType> tables = new ArrayList<>();
        List<CoreMemoryType> memories = new ArrayList<>();
        List<CoreGlobalType> globals = new ArrayList<>();
        List<CoreTagType> tags = new ArrayList<>();
        var types = m.typeSection();
        for (int i = 0; i < m.importSection().importCount(); i++) {
            Import imp = m.importSection().getImport(i);
            CoreExternType t = switch (imp) {
                case FunctionImport f -> add(funcs, func(types.getType(f.typeIndex())));
                case TableImport t2 -> add(tables, table(t2.entryType(), t2.limits()));
                case MemoryImport mem -> add(memories, memory(mem.limits()));
                case GlobalImport g -> add(globals, new CoreGlobalType(val(g.type()),
                        g.mutabilityType() == MutabilityType.Var));
                case TagImport tag -> add(tags, new CoreTagType(func(types.getType(tag.tagType().typeIdx()))));
                default -> throw new IllegalStateException("unknown Endive import kind " + imp);
            };
            imports.add(new CoreModuleType.Import(EmptyImportNames.restore(imp.module()), imp.name(), t));
        }
        for (int i = 0; i < m.functionSection().functionCount(); i++) {
            funcs.add(func(m.functionSection().getFunctionType(i, types)));
        }
        for (int i = 0; i < m.tableSection().tableCount(); i++) {
            var t = m.tableSection().getTable(i);
            tables.add(table(t.elementType(), t.limits()));
        }
        if (m.memorySection().isPresent()) {
            for (int i = 0; i < m.memorySection().get().memoryCount(); i++) {
                memories.add(memory(m.memorySection().get().getMemory(i).limits()));
            }
        }
        for (int i = 0; i < m.globalSection().globalCount(); i++) {
            var g = m.globalSection().getGlobal(i);
            globals.add(new CoreGlobalType(val(g.valueType()), g.mutabilityType() == MutabilityType.Var));
        }
        if (m.tagSection().isPresent()) {
            for (TagType tag : m.tagSection().get().types()) {
                tags.add(new CoreTagType(func(types.getType(tag.typeIdx()))));
            }
        }
        List<CoreModuleType.Export> exports = new ArrayList<>();
        for (int i = 0; i < m.exportSection().exportCount(); i++) {
            Export e = m.exportSection().getExport(i);
            int idx = e.index();
            CoreExternType t = switch (e.exportType()) {
                case FUNCTION -> exported(funcs, idx, "function", e.name(), offset);
                case TABLE -> exported(tables, idx, "table", e.name(), offset);
                case MEMORY -> exported(memories, idx, "memory", e.name(), offset);
                case GLOBAL -> exported(globals, idx, "global", e.name(), offset);
                case TAG -> exported(tags, idx, "tag", e.name(), offset);
            };
            exports.add(new CoreModuleType.Export(e.name(), t));
        }
        return new CoreModuleType(imports, exports);
    }

    private static <T extends CoreExternType> T exported(List<T> list, int index, String kind, String name,
            long offset) throws ValidationException {
        if (index < 0 || index >= list.size()) {
            throw new ValidationException("invalid core module: export `" + name + "` refers to unknown " + kind + " "
                    + Integer.toUnsignedString(index), offset);
        }
        return list.get(index);
    }

    private static <T extends CoreExternType> T add(List<T> list, T item) {
        list.add(item);
        return item;
    }

    private static CoreFuncType func(FunctionType f) {
        return new CoreFuncType(f.params().stream().map(CoreModuleValidator::val).toList(),
                f.returns().stream().map(CoreModuleValidator::val).toList());
    }

    private static CoreTableType table(ValType element, TableLimits limits) {
        long max = limits.max();
        return new CoreTableType(val(element), limits.min(),
                max >= TableLimits.LIMIT_MAX ? OptionalLong.empty() : OptionalLong.of(max));
    }

    private static CoreMemoryType memory(MemoryLimits limits) {
        int max = limits.maximumPages();
        return new CoreMemoryType(limits.initialPages(),
                max >= MemoryLimits.MAX_PAGES ? OptionalLong.empty() : OptionalLong.of(max), limits.shared(), false);
    }

    static CoreValType val(ValType v) {
        if (v.equals(ValType.I32)) {
            return CoreValType.I32;
        } else if (v.equals(ValType.I64)) {
            return CoreValType.I64;
        } else if (v.equals(ValType.F32)) {
            return CoreValType.F32;
        } else if (v.equals(ValType.F64)) {
            return CoreValType.F64;
        } else if (v.equals(ValType.V128)) {
            return CoreValType.V128;
        } else if (v.equals(ValType.FuncRef)) {
            return CoreValType.FUNCREF;
        } else if (v.equals(ValType.ExternRef)) {
            return CoreValType.EXTERNREF;
        } else if (v.equals(ValType.ExnRef)) {
            return CoreValType.EXNREF;
        } else if (v.equals(ValType.AnyRef)) {
            return CoreValType.ANYREF;
        } else if (v.equals(ValType.EqRef)) {
            return CoreValType.EQREF;
        } else if (v.equals(ValType.I31Ref)) {
            return CoreValType.I31REF;
        } else if (v.equals(ValType.StructRef)) {
            return CoreValType.STRUCTREF;
        } else if (v.equals(ValType.ArrayRef)) {
            return CoreValType.ARRAYREF;
        } else if (v.equals(ValType.NoneRef)) {
            return CoreValType.NULLREF;
        } else if (v.equals(ValType.NoFuncRef)) {
            return CoreValType.NULLFUNCREF;
        } else if (v.equals(ValType.NoExternRef)) {
            return CoreValType.NULLEXTERNREF;
        }
        return CoreValType.TYPED_REF;
    }
}
