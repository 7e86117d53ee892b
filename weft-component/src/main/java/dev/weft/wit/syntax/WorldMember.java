package dev.weft.wit.syntax;

/** An item inside a {@code world { ... }} body. */
public sealed interface WorldMember permits UseDecl, TypeDecl, ImportExportDecl, IncludeDecl {
}
