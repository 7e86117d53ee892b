package dev.weft.runtime.engine;

/** One export of a core module, in declaration order. */
public record CoreExport(String name, CoreExternType type) {}
