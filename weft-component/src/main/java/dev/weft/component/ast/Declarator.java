package dev.weft.component.ast;

/**
 * {@code componentdecl} / {@code instancedecl}: one declarator inside a component or instance type.
 * {@link Import} only occurs in component types.
 */
public sealed interface Declarator {

    long offset();

    /** {@code 0x00 t:core:type}. */
    record CoreTypeDecl(CoreType type, long offset) implements Declarator {}

    /** {@code 0x01 t:type}. */
    record TypeDecl(TypeDef type, long offset) implements Declarator {}

    /** {@code 0x02 a:alias}. */
    record AliasDecl(Alias alias, long offset) implements Declarator {}

    /** {@code 0x03 importdecl} (component types only). */
    record Import(ExternName name, ExternType type, long offset) implements Declarator {}

    /** {@code 0x04 exportdecl}. */
    record Export(ExternName name, ExternType type, long offset) implements Declarator {}
}
