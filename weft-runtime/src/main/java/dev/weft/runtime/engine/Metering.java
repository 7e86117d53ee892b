package dev.weft.runtime.engine;

/**
 * Which meters compiled code carries: fuel (counted down per function entry and loop iteration) and call depth
 * (counted per nested guest call). Metered code is a different module and is compiled and cached on its own.
 */
public record Metering(boolean fuel, boolean callDepth) {
    public static final Metering NONE = new Metering(false, false);

    public boolean any() {
        return fuel || callDepth;
    }
}
