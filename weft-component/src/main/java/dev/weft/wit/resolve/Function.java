package dev.weft.wit.resolve;

import java.util.List;
import java.util.Optional;

/**
 * A function of an interface or world, or of a resource. For methods {@code params} starts with
 * {@code self: borrow<r>}; a constructor's {@code result} is {@code r} (or the written {@code result<r, e>}).
 *
 * @param name the item name: the function name, the method or static name, or for a constructor the resource
 *     name
 * @param resource the resource this belongs to, empty for freestanding functions
 */
public record Function(String name, Kind kind, Optional<String> resource, boolean async, List<Param> params,
        Optional<WitType> result, Stability stability, String docs) {
    public Function {
        params = List.copyOf(params);
    }

    public enum Kind { FREESTANDING, CONSTRUCTOR, METHOD, STATIC }

    /** The name used in the component: {@code f}, {@code [constructor]r}, {@code [method]r.m}, {@code [static]r.s}. */
    public String externName() {
        return switch (kind) {
            case FREESTANDING -> name;
            case CONSTRUCTOR -> "[constructor]" + resource.orElseThrow();
            case METHOD -> "[method]" + resource.orElseThrow() + "." + name;
            case STATIC -> "[static]" + resource.orElseThrow() + "." + name;
        };
    }
}
