package dev.weft.wit.syntax;

/** An item inside an {@code interface { ... }} body. */
public sealed interface InterfaceMember permits UseDecl, TypeDecl, FuncDecl {
}
