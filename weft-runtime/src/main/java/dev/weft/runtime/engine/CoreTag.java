package dev.weft.runtime.engine;

/**
 * A core exception tag. Tags are generative: each instance of a module defining one makes a new tag, and a
 * {@code catch} only matches throws of the very tag it names, however many instances import it.
 */
public sealed interface CoreTag extends CoreExtern permits EndiveTag {

    @Override
    CoreTagType type();
}
