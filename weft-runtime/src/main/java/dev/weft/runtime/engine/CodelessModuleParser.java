package dev.weft.runtime.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import run.endive.wasm.MalformedException;
import run.endive.wasm.Parser;
import run.endive.wasm.WasmModule;
import run.endive.wasm.types.CodeSection;
import run.endive.wasm.types.CustomSection;
import run.endive.wasm.types.DataCountSection;
import run.endive.wasm.types.DataSection;
import run.endive.wasm.types.ElementSection;
import run.endive.wasm.types.ExportSection;
import run.endive.wasm.types.FunctionBody;
import run.endive.wasm.types.FunctionSection;
import run.endive.wasm.types.GlobalSection;
import run.endive.wasm.types.ImportSection;
import run.endive.wasm.types.MemorySection;
import run.endive.wasm.types.Section;
import run.endive.wasm.types.SectionId;
import run.endive.wasm.types.StartSection;
import run.endive.wasm.types.TableSection;
import run.endive.wasm.types.TagSection;
import run.endive.wasm.types.TypeSection;

/**
 * Parses a module whose compiled code is already at hand, skipping what compiled code never reads: the
 * instruction decoding of every function body. Bodies of functions that run in the interpreter are decoded
 * (from a small module made of the type section and just those bodies); every other body is an empty stub.
 * Only for bytes that were validated before (same SHA-256).
 */
final class CodelessModuleParser {
    private static final FunctionBody STUB = new FunctionBody(List.of(), List.of());

    private CodelessModuleParser() {}

    static WasmModule parse(byte[] wasm, Set<Integer> interpretedFunctions) {
        var builder = WasmModule.builder().withValidation(false);
        var parser = allSectionsBut(SectionId.CODE);
        var sink = new SectionSink(builder);
        parser.parse(new ByteArrayInputStream(wasm), sink::accept);
        var raw = RawSections.of(wasm);
        int imported = sink.importedFunctions;
        int defined = sink.definedFunctionTypes.size();
        var bodies = new FunctionBody[defined];
        java.util.Arrays.fill(bodies, STUB);
        if (!interpretedFunctions.isEmpty()) {
            decodeInterpreted(raw, sink.definedFunctionTypes, imported, interpretedFunctions, bodies);
        }
        var code = CodeSection.builder();
        for (FunctionBody body : bodies) {
            code.addFunctionBody(body);
        }
        builder.setCodeSection(code.build());
        return builder.build();
    }

    private static Parser allSectionsBut(int skipped) {
        var builder = Parser.builder().withValidation(false);
        for (int id = SectionId.CUSTOM; id <= SectionId.TAG; id++) {
            if (id != skipped) {
                builder.includeSectionId(id);
            }
        }
        return builder.build();
    }

    private static void decodeInterpreted(RawSections raw, List<Integer> typeOfDefined, int imported,
                                          Set<Integer> interpreted, FunctionBody[] bodies) {
        var wanted = interpreted.stream().sorted().map(i -> i - imported).toList();
        var rawBodies = raw.functionBodies();
        var mini = new ByteArrayOutputStream();
        mini.writeBytes(new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0});
        raw.copySection(SectionId.TYPE, mini);
        var funcs = new ByteArrayOutputStream();
        RawSections.leb(funcs, wanted.size());
        var code = new ByteArrayOutputStream();
        RawSections.leb(code, wanted.size());
        for (int i : wanted) {
            if (i < 0 || i >= rawBodies.size()) {
                throw new MalformedException("interpreted function " + (i + imported) + " is not defined");
            }
            RawSections.leb(funcs, typeOfDefined.get(i));
            byte[] body = rawBodies.get(i);
            RawSections.leb(code, body.length);
            code.writeBytes(body);
        }
        RawSections.section(mini, SectionId.FUNCTION, funcs.toByteArray());
        RawSections.section(mini, SectionId.CODE, code.toByteArray());
        byte[] bytes = mini.toByteArray();
        var decoded = Parser.builder().withValidation(false).build().parse(() -> new ByteArrayInputStream(bytes));
        for (int k = 0; k < wanted.size(); k++) {
            bodies[wanted.get(k)] = decoded.codeSection().getFunctionBody(k);
        }
    }

    /** Collects parsed sections into a module builder, as Endive's own parser does. */
    private static final class SectionSink {
        private final WasmModule.Builder builder;
        private int importedFunctions;
        private final List<Integer> definedFunctionTypes = new ArrayList<>();

        SectionSink(WasmModule.Builder builder) {
            this.builder = builder;
        }

        void accept(Section s) {
            switch (s.sectionId()) {
                case SectionId.CUSTOM -> builder.addCustomSection(((CustomSection) s).name(), (CustomSection) s);
                case SectionId.TYPE -> builder.setTypeSection((TypeSection) s);
                case SectionId.IMPORT -> {
                    var imports = (ImportSection) s;
                    importedFunctions = imports.count(run.endive.wasm.types.ExternalType.FUNCTION);
                    builder.setImportSection(imports);
                }
                case SectionId.FUNCTION -> {
                    var functions = (FunctionSection) s;
                    for (int i = 0; i < functions.functionCount(); i++) {
                        definedFunctionTypes.add(functions.getFunctionType(i));
                    }
                    builder.setFunctionSection(functions);
                }
                case SectionId.TABLE -> builder.setTableSection((TableSection) s);
                case SectionId.MEMORY -> builder.setMemorySection((MemorySection) s);
                case SectionId.GLOBAL -> builder.setGlobalSection((GlobalSection) s);
                case SectionId.EXPORT -> builder.setExportSection((ExportSection) s);
                case SectionId.START -> builder.setStartSection((StartSection) s);
                case SectionId.ELEMENT -> builder.setElementSection((ElementSection) s);
                case SectionId.DATA -> builder.setDataSection((DataSection) s);
                case SectionId.DATA_COUNT -> builder.setDataCountSection((DataCountSection) s);
                case SectionId.TAG -> builder.setTagSection((TagSection) s);
                default -> builder.addIgnoredSection(s.sectionId());
            }
        }
    }
}
