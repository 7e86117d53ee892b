package dev.weft.value;

import dev.weft.component.types.ResourceType;

/** A resource held by the host side of a call; the runtime implements it. */
public interface ResourceHandle {
    ResourceType type();
}
