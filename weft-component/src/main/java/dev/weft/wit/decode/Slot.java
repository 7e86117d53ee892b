package dev.weft.wit.decode;

import dev.weft.component.ast.DefValType;
import dev.weft.component.ast.TypeDef;
import dev.weft.wit.resolve.TypeRef;

/** What one entry of a component-level type index space means for WIT. */
sealed interface Slot {
    /** A named WIT type (an exported type of some interface or world). */
    record Named(TypeRef ref) implements Slot {
    }

    /** An anonymous value type definition, interpreted in the space it was defined in. */
    record Def(DefValType def, TypeSpace space) implements Slot {
    }

    record Func(TypeDef.Func func, TypeSpace space) implements Slot {
    }

    record Instance(TypeDef.InstanceType decl, TypeSpace space) implements Slot {
    }

    /** A resource defined by the component itself ({@code (type (resource ...))}). */
    record LocalResource() implements Slot {
    }

    /** Anything WIT has no use for (component types, core types, values). */
    record Other() implements Slot {
    }
}
