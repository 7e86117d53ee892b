package dev.weft.runtime.engine;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import run.endive.runtime.TagInstance;
import run.endive.wasm.types.FunctionType;
import run.endive.wasm.types.ValType;

/**
 * A tag on Endive, made once per underlying {@link TagInstance} and handed to every importer as the same object.
 *
 * <p>Endive 1.0.0 matches a {@code catch} of an imported tag against a thrown exception by the two tags' function
 * types only ({@code Shaded.exceptionMatches}), so two instances of one tag module would catch each other's
 * throws. Weft gives each tag an identity type: its parameters plus one result that no other tag shares. Every
 * importer sees the tag through {@link Importable}, whose type is the real one while Endive links the import
 * (which checks it against the import's declared type) and the identity type afterwards; a tag defined by a
 * module gets the identity type once it is exported. Throws of a tag and catches of it then match exactly when
 * both name the same tag. Limitation (Endive's): an instance catching a tag it defines itself does not match
 * throws of that tag from other instances.
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

    /** The tag a module defines, as {@code instance.tag(index)} holds it. */
    static EndiveTag defined(TagInstance tag, CoreTagType type) {
        FunctionType identity = identityType(tag.type());
        var importable = new Importable(tag, identity);
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

        Importable(TagInstance tag, FunctionType identity) {
            super(tag.tagType(), tag.type());
            this.real = tag.type();
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
