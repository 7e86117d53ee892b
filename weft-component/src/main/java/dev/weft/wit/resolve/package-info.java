/**
 * Name resolution of WIT packages into a {@link dev.weft.wit.resolve.WitModel}.
 *
 * <p>Entry point: {@link dev.weft.wit.resolve.WitResolver} ({@code addSource}, {@code addFile},
 * {@code addDirectory} for a folder of {@code .wit} files plus its {@code deps/}, then {@code resolve()}).
 * The model links its parts by name ({@link dev.weft.wit.resolve.TypeRef}, {@link dev.weft.wit.resolve.InterfaceRef})
 * so models compare structurally. Every named type reference inside an interface or world points to a
 * definition of that same interface or world; names from elsewhere arrive through
 * {@link dev.weft.wit.resolve.TypeDefKind.Use} definitions, as in the source.
 *
 * <p>Worlds are stored with {@code include}s merged, transitive interface imports added (WIT.md "Transitive
 * imports and worlds") and imports in canonical order (interfaces, types, functions).
 */
package dev.weft.wit.resolve;
