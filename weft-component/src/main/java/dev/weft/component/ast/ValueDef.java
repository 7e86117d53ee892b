package dev.weft.component.ast;

/**
 * A value definition {@code value ::= t:valtype len:u32 v:val(t)}. Decoding {@code val(t)} needs the resolved type
 * {@code t}, so the encoded value is kept as bytes for the validator.
 *
 * @param type         the value's type
 * @param encoded      the {@code len} bytes of {@code val(t)} (the record's own array, handed out without a
 *                     copy: do not modify)
 * @param encodedOffset absolute offset of {@code encoded[0]}
 */
public record ValueDef(ComponentValType type, byte[] encoded, long encodedOffset, long offset) {}
