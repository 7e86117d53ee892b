package dev.weft.runtime.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JVM classes Endive's compiler made for one module: what the disk cache stores.
 *
 * @param mainClass            binary name of the machine class (constructor takes an Endive Instance)
 * @param classes              class bytes by binary name, main class last (load order)
 * @param interpretedFunctions function indices left to the interpreter, ascending
 */
record CompiledCode(String mainClass, Map<String, byte[]> classes, List<Integer> interpretedFunctions) {

    CompiledCode {
        if (!classes.containsKey(mainClass)) {
            throw new IllegalArgumentException("main class " + mainClass + " missing from compiled classes");
        }
        var ordered = new LinkedHashMap<String, byte[]>();
        classes.forEach((name, bytes) -> {
            if (!name.equals(mainClass)) {
                ordered.put(name, bytes);
            }
        });
        ordered.put(mainClass, classes.get(mainClass));
        classes = Collections.unmodifiableMap(ordered);
        interpretedFunctions = interpretedFunctions.stream().sorted().toList();
    }
}
