package dev.weft.runtime.abi;

import dev.weft.error.Trap;
import dev.weft.runtime.async.ErrorContext;
import dev.weft.runtime.resource.InstanceState;

/**
 * {@code error-context.new}, {@code error-context.debug-message} and {@code error-context.drop}
 * (CanonicalABI.md) as flat core functions of one instance. The debug message is kept as the guest gave it (the
 * spec lets a host keep it, empty it or transform it).
 */
public final class ErrorContextBuiltins {
    private static final long[] NONE = new long[0];

    private ErrorContextBuiltins() {
    }

    /** {@code error-context.new} (args: string pointer, tagged code units). */
    public static FlatFunction newContext(InstanceState instance, CanonOptions options, TypeLayouts layouts) {
        return args -> {
            instance.checkMayLeave("error-context.new");
            LiftLowerContext cx = new LiftLowerContext(options, instance, null, layouts);
            String message = StringCodec.loadValueFromRange(cx, Integer.toUnsignedLong((int) args[0]),
                    Integer.toUnsignedLong((int) args[1])).value();
            return new long[] {instance.handles().add(new ErrorContext(message))};
        };
    }

    /** {@code error-context.debug-message} (args: index, pointer the string's pointer and length go to). */
    public static FlatFunction debugMessage(InstanceState instance, CanonOptions options, TypeLayouts layouts) {
        return args -> {
            instance.checkMayLeave("error-context.debug-message");
            ErrorContext context = AsyncBuiltins.element(instance, (int) args[0], ErrorContext.class,
                    "error context", "error-context.debug-message");
            LiftLowerContext cx = new LiftLowerContext(options, instance, null, layouts);
            StringCodec.store(cx, cx.hostString(context.debugMessage()), Integer.toUnsignedLong((int) args[1]));
            return NONE;
        };
    }

    /** {@code error-context.drop}. */
    public static FlatFunction drop(InstanceState instance) {
        return args -> {
            instance.checkMayLeave("error-context.drop");
            AsyncBuiltins.element(instance, (int) args[0], ErrorContext.class, "error context", "error-context.drop");
            instance.handles().remove((int) args[0]);
            return NONE;
        };
    }
}
