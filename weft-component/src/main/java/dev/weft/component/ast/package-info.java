/**
 * The decoded syntax of a component binary, exactly as written in the bytes (Binary.md grammar).
 *
 * <p>Conventions shared by every record in this package:
 * <ul>
 *   <li>Nothing is resolved: every reference to another definition is the raw index into the index space named by
 *       the field (for example {@code coreFuncIndex} is an index into the core function index space of the
 *       enclosing component or type scope). Rebuilding index spaces is the validator's job, which is why a
 *       {@link dev.weft.component.ast.Component} keeps its sections in binary order.</li>
 *   <li>Every {@code u32} immediate (index, count, length) is held in a {@code long} in the range
 *       {@code 0 .. 2^32-1}, so an index such as {@code 0xffffffff} can never turn negative.</li>
 *   <li>Every field named {@code offset} is the absolute byte offset, in the outermost binary handed to
 *       {@link dev.weft.component.binary.ComponentDecoder}, of the first byte of that item (for sections: the first
 *       byte of the section contents, right after the size).</li>
 *   <li>Lists are immutable copies. Byte arrays ({@code byte[]}) are NOT copied and must not be modified.</li>
 *   <li>Only the grammar is checked by the decoder (leading bytes, LEB128 limits, UTF-8, sizes). Empty records,
 *       more than 32 flags, duplicate name attributes, invalid extern names etc. decode fine and are rejected by
 *       the validator.</li>
 * </ul>
 */
package dev.weft.component.ast;
