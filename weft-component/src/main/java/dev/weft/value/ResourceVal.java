package dev.weft.value;

/** An {@code own<R>} ({@code owned}) or {@code borrow<R>} handle passed across the boundary. */
public record ResourceVal(ResourceHandle handle, boolean owned) implements Val {
}
