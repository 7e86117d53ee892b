package dev.weft.runtime.engine;

import run.endive.compiler.internal.ClassLoadingCollector;

/**
 * Endive's class-loading collector with {@link GeneratedCodePass} applied to each generated class before it is
 * verified, loaded and kept for the compile cache. Classes handed over from another collector ({@code putAll})
 * come from collectors of this kind and are already rewritten.
 */
final class PostPassCollector extends ClassLoadingCollector {
    private final boolean dropCallChecks;

    PostPassCollector(boolean dropCallChecks) {
        this.dropCallChecks = dropCallChecks;
    }

    @Override
    public void putMainClass(String className, byte[] bytes) {
        super.putMainClass(className, GeneratedCodePass.apply(bytes, dropCallChecks));
    }

    @Override
    public void put(String className, byte[] bytes) {
        super.put(className, GeneratedCodePass.apply(bytes, dropCallChecks));
    }
}
