package dev.weft.runtime.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import run.endive.runtime.Instance;
import run.endive.runtime.TableInstance;
import run.endive.wasm.WasmModule;
import run.endive.wasm.types.ActiveElement;
import run.endive.wasm.types.Element;
import run.endive.wasm.types.ElementSection;
import run.endive.wasm.types.Instruction;
import run.endive.wasm.types.MemoryLimits;
import run.endive.wasm.types.OpCode;
import run.endive.wasm.types.PassiveElement;
import run.endive.wasm.types.Value;

/**
 * What every instance of a module starts with, worked out once per module instead of per instance:
 * <ul>
 *   <li>the initial content of each defined memory ({@link MemoryImage}), shared copy-on-write;</li>
 *   <li>the table entries of the active element segments, when every one of them is {@code ref.func}/
 *       {@code ref.null} at a constant offset into a defined funcref table and fits its initial size. Then the
 *       module handed to Endive has those segments replaced by empty passive ones (an active segment counts as
 *       dropped after instantiation anyway), and {@link #fillTables} writes the precomputed entries.</li>
 * </ul>
 */
final class ModuleImage {
    private final WasmModule runtimeModule;
    private final List<Optional<MemoryImage>> memories;
    private final List<TableFill> fills;
    private final InstanceTemplate template;

    /** Entries {@code functions} (or {@link Value#REF_NULL_VALUE}) written at {@code offset} of a defined table. */
    private record TableFill(int tableIndex, int offset, int[] functions) {}

    private ModuleImage(WasmModule runtimeModule, List<Optional<MemoryImage>> memories, List<TableFill> fills) {
        this.runtimeModule = runtimeModule;
        this.memories = memories;
        this.fills = fills;
        this.template = InstanceTemplate.of(runtimeModule);
    }

    /** Precomputes the images of {@code module} (a module parsed for running: see {@link CodelessModuleParser}). */
    static ModuleImage of(WasmModule module, ModuleLayout layout) {
        List<Optional<MemoryImage>> memories = new ArrayList<>();
        module.memorySection().ifPresent(section -> {
            for (int i = 0; i < section.memoryCount(); i++) {
                MemoryLimits limits = section.getMemory(i).limits();
                memories.add(MemoryImage.of(module, limits, layout.importedMemories() + i));
            }
        });
        Optional<List<TableFill>> fills = tableFills(module, layout);
        if (fills.isEmpty() || fills.get().isEmpty()) {
            return new ModuleImage(module, List.copyOf(memories), List.of());
        }
        return new ModuleImage(withoutActiveElements(module), List.copyOf(memories), fills.get());
    }

    /** The module to instantiate with Endive. */
    WasmModule runtimeModule() {
        return runtimeModule;
    }

    /** What Endive's instance builder would derive from {@link #runtimeModule()}, derived once. */
    InstanceTemplate template() {
        return template;
    }

    /** The image of defined memory {@code definedIndex}, if it has one. */
    MemoryImage memory(int definedIndex) {
        return definedIndex < memories.size() ? memories.get(definedIndex).orElse(null) : null;
    }

    /** Writes the precomputed element entries into {@code instance}'s own tables (before it initialises). */
    void fillTables(Instance instance) {
        for (TableFill fill : fills) {
            TableInstance table = instance.table(fill.tableIndex());
            int[] functions = fill.functions();
            if (TableArrays.fill(TableView.backing(table), fill.offset(), functions, instance)) {
                continue;
            }
            for (int i = 0; i < functions.length; i++) {
                table.setRef(fill.offset() + i, functions[i], instance);
            }
        }
    }

    private static Optional<List<TableFill>> tableFills(WasmModule module, ModuleLayout layout) {
        List<TableFill> fills = new ArrayList<>();
        for (Element element : module.elementSection().elements()) {
            if (!(element instanceof ActiveElement active)) {
                continue;
            }
            int defined = active.tableIndex() - layout.importedTables();
            if (defined < 0 || defined >= module.tableSection().tableCount()) {
                return Optional.empty();
            }
            var table = module.tableSection().getTable(defined);
            if (table.elementType().isObjectRef() || !active.type().isReference()) {
                return Optional.empty();
            }
            Integer offset = i32Const(active.offset());
            List<List<Instruction>> inits = active.initializers();
            if (offset == null || offset < 0 || (long) offset + inits.size() > table.limits().min()) {
                return Optional.empty();
            }
            int[] functions = new int[inits.size()];
            for (int i = 0; i < functions.length; i++) {
                Integer function = refValue(inits.get(i));
                if (function == null) {
                    return Optional.empty();
                }
                functions[i] = function;
            }
            fills.add(new TableFill(active.tableIndex(), offset, functions));
        }
        return Optional.of(fills);
    }

    private static Integer i32Const(List<Instruction> expr) {
        Integer value = null;
        for (Instruction instruction : expr) {
            if (instruction.opcode() == OpCode.I32_CONST && value == null) {
                value = (int) instruction.operand(0);
            } else if (instruction.opcode() != OpCode.END) {
                return null;
            }
        }
        return value;
    }

    /** The function index of {@code ref.func f}, {@link Value#REF_NULL_VALUE} for {@code ref.null}, else null. */
    private static Integer refValue(List<Instruction> expr) {
        Integer value = null;
        for (Instruction instruction : expr) {
            if (value == null && instruction.opcode() == OpCode.REF_FUNC) {
                value = (int) instruction.operand(0);
            } else if (value == null && instruction.opcode() == OpCode.REF_NULL) {
                value = Value.REF_NULL_VALUE;
            } else if (instruction.opcode() != OpCode.END) {
                return null;
            }
        }
        return value;
    }

    private static WasmModule withoutActiveElements(WasmModule module) {
        var elements = ElementSection.builder();
        for (Element element : module.elementSection().elements()) {
            elements.addElement(element instanceof ActiveElement active
                    ? new PassiveElement(active.type(), List.of())
                    : element);
        }
        var builder = WasmModule.builder().withValidation(false).withDigest(module.digest())
                .setTypeSection(module.typeSection())
                .setImportSection(module.importSection())
                .setFunctionSection(module.functionSection())
                .setTableSection(module.tableSection())
                .setGlobalSection(module.globalSection())
                .setExportSection(module.exportSection())
                .setElementSection(elements.build())
                .setCodeSection(module.codeSection())
                .setDataSection(module.dataSection());
        module.memorySection().ifPresent(builder::setMemorySection);
        module.startSection().ifPresent(builder::setStartSection);
        module.dataCountSection().ifPresent(builder::setDataCountSection);
        module.tagSection().ifPresent(builder::setTagSection);
        for (var custom : module.customSections()) {
            builder.addCustomSection(custom.name(), custom);
        }
        for (int id : module.ignoredSections()) {
            builder.addIgnoredSection(id);
        }
        return builder.build();
    }

    @Override
    public String toString() {
        return "ModuleImage[memories=" + memories.size() + ", fills="
                + Arrays.toString(fills.stream().mapToInt(f -> f.functions().length).toArray()) + "]";
    }
}
