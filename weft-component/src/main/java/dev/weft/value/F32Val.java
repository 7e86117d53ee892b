package dev.weft.value;


/** A WIT {@code f32} value (NaNs are canonicalised when lowered). */
public record F32Val(float value) implements Val {
}
