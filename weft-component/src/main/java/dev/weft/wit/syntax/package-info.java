/**
 * WIT lexer ({@link dev.weft.wit.syntax.WitLexer}), parser ({@link dev.weft.wit.syntax.WitParser}) and the
 * syntax tree it produces (records under {@link dev.weft.wit.syntax.WitFile}). Names are not resolved here;
 * every node keeps a {@link dev.weft.wit.syntax.Span} for error messages.
 */
package dev.weft.wit.syntax;
