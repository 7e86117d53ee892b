package dev.weft.runtime.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;

/**
 * Recovers the guest call stack from a JVM stack trace. Each compiled module gets its own class-name prefix
 * ({@link #classNameFor}); its generated code holds one method {@code func_N} per wasm function N, so the frames
 * of a trace map back to (module, function index) and, through the name section, to function names.
 */
final class GuestFrames {

    static final String PACKAGE = "dev.weft.gen.";
    private static final int PREFIX_LENGTH = PACKAGE.length() + 1 + 16;
    private static final int MAX_FRAMES = 64;
    private static final String FUNC_METHOD = "func_";

    private static final Map<String, IntFunction<String>> NAMERS = new ConcurrentHashMap<>();

    private GuestFrames() {}

    /** Binary name of the main machine class for a module with this SHA-256 (hex). */
    static String classNameFor(String sha256Hex) {
        return PACKAGE + "M" + sha256Hex.substring(0, 16) + "Machine";
    }

    /** Registers how to name functions of the module compiled under {@code mainClassName}. */
    static void register(String mainClassName, IntFunction<String> namer) {
        NAMERS.putIfAbsent(mainClassName.substring(0, PREFIX_LENGTH), namer);
    }

    /** Guest function names on the stack of {@code error} (or of its first cause that has any), innermost first. */
    static List<String> of(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            var frames = framesOf(t);
            if (!frames.isEmpty()) {
                return frames;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return List.of();
    }

    private static List<String> framesOf(Throwable t) {
        var result = new ArrayList<String>();
        for (StackTraceElement element : t.getStackTrace()) {
            String cls = element.getClassName();
            String method = element.getMethodName();
            if (!cls.startsWith(PACKAGE) || cls.length() < PREFIX_LENGTH || !method.startsWith(FUNC_METHOD)) {
                continue;
            }
            IntFunction<String> namer = NAMERS.get(cls.substring(0, PREFIX_LENGTH));
            int index;
            try {
                index = Integer.parseInt(method.substring(FUNC_METHOD.length()));
            } catch (NumberFormatException e) {
                continue;
            }
            result.add(namer != null ? namer.apply(index) : "func[" + index + "]");
            if (result.size() == MAX_FRAMES) {
                break;
            }
        }
        return result;
    }
}
