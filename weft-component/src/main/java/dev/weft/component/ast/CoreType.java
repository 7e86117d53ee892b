package dev.weft.component.ast;

import java.util.List;
import java.util.Optional;

/**
 * {@code core:type}: a core rec group (WebAssembly 3.0; a plain {@code (func …)} is an implicit group of one
 * final sub type) or a core module type.
 */
public sealed interface CoreType {

    long offset();

    /**
     * A rec group. {@code explicit} is true for the {@code 0x4e vec(subtype)} form; an implicit group holds exactly
     * one sub type.
     */
    record RecGroup(List<SubType> types, boolean explicit, long offset) implements CoreType {
        public RecGroup {
            types = List.copyOf(types);
        }

        /** The function type if this is the common case: an implicit group of one final func type. */
        public Optional<Func> singleFunc() {
            if (!explicit && types.size() == 1 && types.get(0).isFinal() && types.get(0).supertypes().isEmpty()
                    && types.get(0).type() instanceof Func f) {
                return Optional.of(f);
            }
            return Optional.empty();
        }
    }

    /** {@code 0x50 md*:vec(core:moduledecl)}: {@code (module md*)}. */
    record ModuleType(List<ModuleDecl> declarations, long offset) implements CoreType {
        public ModuleType {
            declarations = List.copyOf(declarations);
        }
    }

    /** {@code subtype}: a composite type with finality and declared supertypes (core type indices). */
    record SubType(boolean isFinal, List<Long> supertypes, CompositeType type) {
        public SubType {
            supertypes = List.copyOf(supertypes);
        }
    }

    /** {@code comptype}. */
    sealed interface CompositeType {}

    /** {@code 0x60 vec(valtype) vec(valtype)}. */
    record Func(List<CoreValType> params, List<CoreValType> results) implements CompositeType {
        public Func {
            params = List.copyOf(params);
            results = List.copyOf(results);
        }
    }

    /** {@code 0x5f vec(fieldtype)}. */
    record Struct(List<FieldType> fields) implements CompositeType {
        public Struct {
            fields = List.copyOf(fields);
        }
    }

    /** {@code 0x5e fieldtype}. */
    record Array(FieldType element) implements CompositeType {}

    /** {@code fieldtype ::= storagetype mut}. */
    record FieldType(CoreStorageType storage, boolean mutable) {}
}
