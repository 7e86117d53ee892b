package dev.weft.runtime.engine;

/** Holder of {@link CoreEngine#shared()}: created on first use. */
final class SharedEngine {
    static final CoreEngine INSTANCE = CoreEngine.create();

    private SharedEngine() {}
}
