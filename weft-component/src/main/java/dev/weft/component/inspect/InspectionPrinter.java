package dev.weft.component.inspect;

import dev.weft.component.ast.Alias;
import dev.weft.component.ast.AliasSection;
import dev.weft.component.ast.Canon;
import dev.weft.component.ast.CanonOpt;
import dev.weft.component.ast.CanonSection;
import dev.weft.component.ast.Component;
import dev.weft.component.ast.ComponentSection;
import dev.weft.component.ast.CoreInstanceSection;
import dev.weft.component.ast.CoreModuleSection;
import dev.weft.component.ast.CoreTypeSection;
import dev.weft.component.ast.CustomSection;
import dev.weft.component.ast.ExportSection;
import dev.weft.component.ast.ImportSection;
import dev.weft.component.ast.InstanceSection;
import dev.weft.component.ast.Section;
import dev.weft.component.ast.StartSection;
import dev.weft.component.ast.TypeSection;
import dev.weft.component.ast.ValueSection;
import dev.weft.component.print.TypePrinter;
import dev.weft.component.types.CoreModuleType;
import dev.weft.component.types.InstanceType;
import dev.weft.component.types.NamedExtern;
import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;

/** Writes an {@link Inspection} as indented text for people. */
public final class InspectionPrinter {
    private final PrintStream out;

    public InspectionPrinter(PrintStream out) {
        this.out = out;
    }

    public void print(String fileName, Inspection inspection) {
        switch (inspection) {
            case Inspection.OfCoreModule m -> {
                out.printf("%s: core module (layer 0), %,d bytes%n", fileName, m.size());
                printCoreModule("", m.type());
                out.println("note: a core module, not a component; `jco new` (wasm-tools component new) wraps it.");
            }
            case Inspection.OfComponent c -> {
                out.printf("%s: component, %,d bytes%n", fileName, c.size());
                printExterns("imports", c.type().imports());
                printExterns("exports", c.type().exports());
                out.println("structure:");
                printStructure("  ", c.ast());
            }
        }
    }

    private void printExterns(String title, List<NamedExtern> externs) {
        out.printf("%s (%d):%n", title, externs.size());
        for (NamedExtern e : externs) {
            if (e.type() instanceof InstanceType instance) {
                out.printf("  %s: instance%n", e.name());
                instance.exports().forEach(member -> out.printf("    %s: %s%n", member.name(),
                        TypePrinter.externType(member.type())));
            } else {
                out.printf("  %s: %s%n", e.name(), TypePrinter.externType(e.type()));
            }
        }
    }

    private void printCoreModule(String indent, CoreModuleType type) {
        out.printf("%simports (%d):%n", indent, type.imports().size());
        for (CoreModuleType.Import i : type.imports()) {
            out.printf("%s  %s::%s: %s%n", indent, i.module(), i.name(), TypePrinter.coreExternType(i.type()));
        }
        out.printf("%sexports (%d):%n", indent, type.exports().size());
        for (CoreModuleType.Export e : type.exports()) {
            out.printf("%s  %s: %s%n", indent, e.name(), TypePrinter.coreExternType(e.type()));
        }
    }

    private void printStructure(String indent, Component component) {
        int module = 0;
        int nested = 0;
        for (Section section : component.sections()) {
            switch (section) {
                case CoreModuleSection m -> out.printf("%score module %d: %,d bytes at 0x%x%n", indent, module++,
                        m.bytes().length, m.offset());
                case ComponentSection c -> {
                    out.printf("%scomponent %d: %,d bytes at 0x%x%n", indent, nested++, c.component().size(),
                            c.component().offset());
                    printStructure(indent + "  ", c.component());
                }
                case CanonSection s -> s.canons().forEach(canon -> out.printf("%scanon %s%n", indent,
                        describe(canon)));
                case CustomSection s -> out.printf("%scustom section \"%s\": %,d bytes%n", indent, s.name(),
                        s.data().length);
                case ImportSection s -> out.printf("%simport section: %s%n", indent, s.imports().stream()
                        .map(i -> i.name().name()).collect(Collectors.joining(", ")));
                case ExportSection s -> out.printf("%sexport section: %s%n", indent, s.exports().stream()
                        .map(e -> e.name().name()).collect(Collectors.joining(", ")));
                case CoreInstanceSection s -> out.printf("%score instances: %d%n", indent, s.instances().size());
                case InstanceSection s -> out.printf("%sinstances: %d%n", indent, s.instances().size());
                case AliasSection s -> out.printf("%saliases: %d (%s)%n", indent, s.aliases().size(),
                        aliasKinds(s.aliases()));
                case CoreTypeSection s -> out.printf("%score types: %d%n", indent, s.types().size());
                case TypeSection s -> out.printf("%stypes: %d%n", indent, s.types().size());
                case StartSection s -> out.printf("%sstart function %d%n", indent, s.funcIndex());
                case ValueSection s -> out.printf("%svalues: %d%n", indent, s.values().size());
            }
        }
    }

    private static String aliasKinds(List<Alias> aliases) {
        long exports = aliases.stream().filter(a -> a instanceof Alias.InstanceExport).count();
        long core = aliases.stream().filter(a -> a instanceof Alias.CoreInstanceExport).count();
        long outer = aliases.stream().filter(a -> a instanceof Alias.Outer).count();
        return exports + " instance export, " + core + " core export, " + outer + " outer";
    }

    static String describe(Canon canon) {
        return switch (canon) {
            case Canon.Lift l -> "lift core func " + l.coreFuncIndex() + " as type " + l.typeIndex()
                    + options(l.options());
            case Canon.Lower l -> "lower func " + l.funcIndex() + options(l.options());
            default -> builtinName(canon);
        };
    }

    private static String builtinName(Canon canon) {
        String simple = canon.getClass().getSimpleName();
        return simple.replaceAll("([a-z])([A-Z])", "$1.$2").toLowerCase();
    }

    private static String options(List<CanonOpt> options) {
        if (options.isEmpty()) {
            return "";
        }
        return " [" + options.stream().map(InspectionPrinter::option).collect(Collectors.joining(", ")) + "]";
    }

    private static String option(CanonOpt option) {
        return switch (option) {
            case CanonOpt.StringEncodingOpt s -> "string-encoding=" + s.encoding().text();
            case CanonOpt.Memory m -> "memory " + m.memoryIndex();
            case CanonOpt.Realloc r -> "realloc " + r.coreFuncIndex();
            case CanonOpt.PostReturn p -> "post-return " + p.coreFuncIndex();
            case CanonOpt.Async a -> "async";
            case CanonOpt.Callback c -> "callback " + c.coreFuncIndex();
            case CanonOpt.CoreType t -> "core-type " + t.coreTypeIndex();
            case CanonOpt.Gc g -> "gc";
        };
    }
}
