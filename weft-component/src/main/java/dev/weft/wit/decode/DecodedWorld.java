package dev.weft.wit.decode;

import dev.weft.wit.resolve.PackageName;
import dev.weft.wit.resolve.WitModel;
import dev.weft.wit.resolve.World;

/**
 * The WIT view of a component: a model holding the interfaces it imports and exports (in their own packages)
 * and a root package {@code root:component} with the world {@code root}, as {@code wasm-tools component wit}
 * names them.
 */
public record DecodedWorld(WitModel model, PackageName root, World world) {
}
