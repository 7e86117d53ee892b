package dev.weft.runtime.engine;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import run.endive.runtime.Instance;
import run.endive.runtime.Machine;
import run.endive.wasm.WasmEngineException;

/**
 * Defines cached compiled classes on first use instead of all up front, so loading a big module from the cache
 * verifies only the classes that run. The main class is defined (and verified) eagerly.
 */
final class CompiledClassLoader extends ClassLoader {
    static {
        registerAsParallelCapable();
    }

    private final Map<String, byte[]> pending;

    private CompiledClassLoader(Map<String, byte[]> classes) {
        super(CompiledClassLoader.class.getClassLoader());
        this.pending = new ConcurrentHashMap<>(classes);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = pending.remove(name);
        if (bytes == null) {
            throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
    }

    /** Loads {@code code} and returns a factory making one machine per instance. */
    static Function<Instance, Machine> machineFactory(CompiledCode code) {
        var loader = new CompiledClassLoader(code.classes());
        MethodHandle constructor;
        try {
            Class<?> main = Class.forName(code.mainClass(), true, loader);
            constructor = MethodHandles.publicLookup()
                    .findConstructor(main, MethodType.methodType(void.class, Instance.class))
                    .asType(MethodType.methodType(Machine.class, Instance.class));
        } catch (ReflectiveOperationException e) {
            throw new WasmEngineException("cached compiled code has no usable machine class " + code.mainClass(), e);
        }
        return instance -> {
            try {
                return (Machine) constructor.invokeExact(instance);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new WasmEngineException(t);
            }
        };
    }
}
