/**
 * WIT (Wasm Interface Type) support, following {@code design/mvp/WIT.md} of the component model.
 *
 * <ul>
 *   <li>{@link dev.weft.wit.syntax} — lexer and parser: {@code WitParser.parse(name, text)} gives a
 *       {@code WitFile} syntax tree whose nodes carry {@code Span}s.</li>
 *   <li>{@link dev.weft.wit.resolve} — {@code WitResolver} collects packages (text, files, directories with
 *       {@code deps/}) and resolves them into a {@code WitModel}: packages, interfaces, worlds, named types,
 *       functions, resources; {@code WitModel.toValueType} maps WIT types onto
 *       {@code dev.weft.component.types.ValueType}.</li>
 *   <li>{@link dev.weft.wit.print} — {@code WitPrinter} writes canonical WIT text that reads back to an equal
 *       model.</li>
 *   <li>{@link dev.weft.wit.decode} — {@code ComponentWitDecoder} reads the world of a component binary, like
 *       {@code jco wit}.</li>
 * </ul>
 *
 * All problems with WIT input are reported as the checked {@link dev.weft.wit.WitException} with a
 * {@code file:line:column} location.
 */
package dev.weft.wit;
