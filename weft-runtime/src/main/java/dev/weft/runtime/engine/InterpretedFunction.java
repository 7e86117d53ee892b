package dev.weft.runtime.engine;

import java.util.Optional;

/**
 * A function the compiler could not turn into JVM bytecode (its body exceeds the JVM's method size limit),
 * so it runs in Endive's interpreter.
 *
 * @param index function index in the module's function index space (imports first)
 * @param name      its name from the module's name section, if any
 * @param bodyBytes size of its body in the module's code section
 */
public record InterpretedFunction(int index, Optional<String> name, int bodyBytes) {

    @Override
    public String toString() {
        String size = ", " + bodyBytes + " bytes";
        return name.map(n -> n + " (func " + index + size + ")").orElse("func " + index + " (" + bodyBytes + " bytes)");
    }
}
