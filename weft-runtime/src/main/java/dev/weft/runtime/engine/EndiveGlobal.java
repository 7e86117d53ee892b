package dev.weft.runtime.engine;

import run.endive.runtime.GlobalInstance;

/** A global backed by an Endive {@code GlobalInstance}. */
final class EndiveGlobal implements CoreGlobal {
    private final GlobalInstance global;
    private final CoreGlobalType type;

    EndiveGlobal(GlobalInstance global, CoreGlobalType type) {
        this.global = global;
        this.type = type;
    }

    GlobalInstance global() {
        return global;
    }

    @Override
    public CoreGlobalType type() {
        return type;
    }

    @Override
    public long get() {
        return global.getValue();
    }

    @Override
    public void set(long value) {
        if (!type.mutable()) {
            throw new IllegalStateException("global is immutable");
        }
        global.setValue(value);
    }
}
