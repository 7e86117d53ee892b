package dev.weft.value;


/** A WIT {@code f64} value (NaNs are canonicalised when lowered). */
public record F64Val(double value) implements Val {
}
