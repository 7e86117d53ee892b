package dev.weft.runtime.meter;

/**
 * An instrumented module.
 *
 * @param wasm         the module's bytes
 * @param fuelGlobal   ordinal among the module's defined globals of the fuel meter, or -1
 * @param depthGlobal  ordinal among the module's defined globals of the call-depth meter, or -1
 */
public record MeteredModule(byte[] wasm, int fuelGlobal, int depthGlobal) {}
