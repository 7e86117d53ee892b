package dev.weft.wit.decode;

import dev.weft.component.ast.Component;
import dev.weft.component.ast.Declarator;
import dev.weft.component.ast.ExternType;
import dev.weft.component.ast.Section;
import dev.weft.component.ast.TypeDef;
import dev.weft.component.ast.TypeSection;
import dev.weft.component.binary.ComponentDecoder;
import dev.weft.error.DecodeException;
import dev.weft.wit.SourceLocation;
import dev.weft.wit.WitException;
import dev.weft.wit.resolve.PackageName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import run.endive.wasm.Parser;
import run.endive.wasm.types.CustomSection;
import run.endive.wasm.types.UnknownCustomSection;

/**
 * Reads the worlds a core module was bound to from its {@code component-type*} custom sections (what
 * {@code wit-bindgen}/{@code jco embed} put there before {@code component new}). Each section holds a component
 * whose type export wraps the world as {@code (component (type (component ...world...)) (export "ns:pkg/w" ...))}.
 */
public final class CoreModuleWitDecoder {
    private CoreModuleWitDecoder() {
    }

    /** The worlds of all {@code component-type*} sections, in section order (empty when there are none). */
    public static List<DecodedWorld> decode(byte[] coreModule) throws WitException {
        List<CustomSection> sections;
        try {
            sections = Parser.parse(coreModule).customSections();
        } catch (RuntimeException e) {
            throw new WitException(SourceLocation.of("core module"), "not a valid core module: " + e.getMessage());
        }
        List<DecodedWorld> out = new ArrayList<>();
        for (CustomSection cs : sections) {
            if (cs.name().startsWith("component-type") && cs instanceof UnknownCustomSection u) {
                out.add(decodeSection(cs.name(), u.bytes()));
            }
        }
        return out;
    }

    /** Decodes the contents of one {@code component-type} custom section. */
    public static DecodedWorld decodeSection(String sectionName, byte[] data) throws WitException {
        Component c;
        try {
            c = ComponentDecoder.decode(data);
        } catch (DecodeException e) {
            throw new WitException(SourceLocation.of("custom section " + sectionName), e.getMessage());
        }
        for (Section s : c.sections()) {
            if (!(s instanceof TypeSection ts)) {
                continue;
            }
            for (TypeDef t : ts.types()) {
                Optional<DecodedWorld> w = wrapper(t);
                if (w.isPresent()) {
                    return w.get();
                }
            }
        }
        throw new WitException(SourceLocation.of("custom section " + sectionName), "no encoded world found");
    }

    /** {@code (component (type (component ...)) (export "ns:pkg/world@v" (component 0)))}. */
    private static Optional<DecodedWorld> wrapper(TypeDef t) throws WitException {
        if (!(t instanceof TypeDef.ComponentType wrapper)) {
            return Optional.empty();
        }
        List<TypeDef.ComponentType> inner = new ArrayList<>();
        for (Declarator d : wrapper.declarators()) {
            if (d instanceof Declarator.TypeDecl td && td.type() instanceof TypeDef.ComponentType ct) {
                inner.add(ct);
            } else if (d instanceof Declarator.Export e && e.type() instanceof ExternType.Component comp
                    && comp.typeIndex() < inner.size()) {
                String name = e.name().name();
                int slash = name.indexOf('/');
                int at = name.indexOf('@', Math.max(slash, 0));
                if (slash < 0) {
                    continue;
                }
                String world = at < 0 ? name.substring(slash + 1) : name.substring(slash + 1, at);
                PackageName pkg = PackageName.parse(name.substring(0, slash) + (at < 0 ? "" : name.substring(at)));
                return Optional.of(ComponentWitDecoder.decodeWorldType(inner.get((int) comp.typeIndex()), pkg, world));
            }
        }
        return Optional.empty();
    }
}
