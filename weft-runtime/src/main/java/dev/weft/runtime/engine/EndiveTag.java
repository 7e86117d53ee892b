package dev.weft.runtime.engine;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import run.endive.runtime.TagInstance;
import run.endive.wasm.types.FunctionType;
import run.endive.wasm.types.TagType;
import run.endive.wasm.types.ValType;

/**
 * A tag on Endive, made once per underlying {@link TagInstance} and handed to every importer as the same object.
 *
 * <p>Endive 1.0.0 matches a {@code catch} of an imported tag against a thrown exception by the two tags' function
 * types only ({@code Shaded.exceptionMatches}), so two instances of one tag module would catch each other's
 * throws. Weft gives each tag an identity type: its parameters plus one result that no other tag shares. Every
 * importer sees the tag through {@link Importable}, whose type is the real one while Endive links the import
 * (which checks it against the import's declared type) and the identity type afterwards; a tag defined by a
 * module is made by Weft and passed to its instance as an extra import ({@link #fresh}). Throws of a tag and
 * catches of it then match exactly when both name the same tag. Where Endive's instance constructor cannot be
 * reached directly (see {@link InstanceTemplate}) a defined tag stays Endive's ({@link #defined}), and an instance
 * catching a tag it defines itself then does not match throws of that tag from other instances.
 */
final class EndiveTag implements CoreTag {
    private static final AtomicInteger NEXT_IDENTITY = new AtomicInteger(1 << 20);
    private static final ThreadLocal<Boolean> LINKING = ThreadLocal.withInitial(() -> false);

    private final Importable importable;
    private final CoreTagType type;

    private EndiveTag(Importable importable, CoreTagType type) {
        this.importable = importable;
        this.type = type;
    }

    /**
     * A new tag of a module's tag section, which the instance gets as an extra import (see
     * {@link ImportLinker}): Endive then treats it like an imported tag, so the instance's catches of it also
     * match throws from other instances.
     */
    static EndiveTag fresh(TagType tagType, FunctionType real, CoreTagType type) {
        return new EndiveTag(new Importable(tagType, real, identityType(real)), type);
    }

    /**
     * The tag a module defines, as {@code instance.tag(index)} holds it (when it could not be given as an import):
     * it takes the identity type, so importers' catches match its throws, but its own instance's catches only
     * match its own throws.
     */
    static EndiveTag defined(TagInstance tag, CoreTagType type) {
        FunctionType identity = identityType(tag.type());
        var importable = new Importable(tag.tagType(), tag.type(), identity);
        tag.setType(identity);
        return new EndiveTag(importable, type);
    }

    /** Runs {@code action} with every tag showing its real type (for Endive's import checks). */
    static <T, E extends Exception> T linking(ThrowingSupplier<T, E> action) throws E {
        boolean outer = LINKING.get();
        LINKING.set(true);
        try {
            return action.get();
        } finally {
            LINKING.set(outer);
        }
    }

    /** A supplier that may throw. */
    @FunctionalInterface
    interface ThrowingSupplier<T, E extends Exception> {
        T get() throws E;
    }

    private static FunctionType identityType(FunctionType real) {
        ValType marker = ValType.builder().withOpcode(ValType.ID.Ref).withTypeIdx(NEXT_IDENTITY.getAndIncrement())
                .build();
        return FunctionType.of(real.params(), List.of(marker));
    }

    /** What an importing Endive instance gets. */
    TagInstance importable() {
        return importable;
    }

    @Override
    public CoreTagType type() {
        return type;
    }

    /** An importer's view of a tag: the real type while linking, the identity type otherwise. */
    static final class Importable extends TagInstance {
        private final FunctionType real;
        private final FunctionType identity;

        Importable(TagType tagType, FunctionType real, FunctionType identity) {
            super(tagType, real);
            this.real = real;
            this.identity = identity;
        }

        @Override
        public FunctionType type() {
            return LINKING.get() ? real : identity;
        }

        @Override
        public void setType(FunctionType type) {
            // the identity is fixed; Endive never retypes an imported tag
        }
    }
}
