package dev.weft.component.ast;

/** {@code core:moduledecl}: one declaration inside a core module type. */
public sealed interface ModuleDecl {

    long offset();

    /** {@code 0x00 i:core:import}. */
    record Import(String module, String name, CoreExternType type, long offset) implements ModuleDecl {}

    /** {@code 0x01 t:core:type} (always a rec group: module types do not nest). */
    record Type(CoreType.RecGroup type, long offset) implements ModuleDecl {}

    /** {@code 0x02 0x10 0x01 ct:u32 idx:u32}: {@code (alias outer ct idx (type))}. */
    /**
     * {@code 0x01 0x50 …}: a module type nested in a module type. The grammar admits it ({@code core:type}); the
     * validator rejects it, as binary.wast expects ({@code assert_invalid}).
     */
    record NestedModuleType(CoreType.ModuleType type, long offset) implements ModuleDecl {}

    record OuterTypeAlias(long count, long index, long offset) implements ModuleDecl {}

    /** {@code 0x03 n:core:name t:core:externtype}. */
    record Export(String name, CoreExternType type, long offset) implements ModuleDecl {}
}
