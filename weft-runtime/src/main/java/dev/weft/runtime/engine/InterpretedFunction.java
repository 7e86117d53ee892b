package dev.weft.runtime.engine;

import java.util.Optional;

/**
 * A function the compiler could not turn into JVM bytecode (its body exceeds the JVM's method size limit),
 * so it runs in Endive's interpreter.
 *
 * @param index function index in the module's function index space (imports first)
 * @param name  its name from the module's name section, if any
 */
public record InterpretedFunction(int index, Optional<String> name) {

    @Override
    public String toString() {
        return name.map(n -> n + " (func " + index + ")").orElse("func " + index);
    }
}
