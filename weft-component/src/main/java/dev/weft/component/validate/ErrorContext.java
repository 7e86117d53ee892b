package dev.weft.component.validate;

import dev.weft.error.DecodeException;
import dev.weft.error.ValidationException;

/** Prefixes a validation error with the item it occurred in ("export `f`: ..."), keeping its offset. */
final class ErrorContext {
    private ErrorContext() {
    }

    /** The work to run for one item. */
    @FunctionalInterface
    interface Step {
        void run() throws ValidationException;
    }

    /** The work to run for one item that produces its resolved type (and may meet a malformed core module). */
    @FunctionalInterface
    interface Producer<T> {
        T get() throws ValidationException, DecodeException;
    }

    static void in(String item, Step step) throws ValidationException {
        try {
            step.run();
        } catch (ValidationException e) {
            throw wrap(item, e);
        }
    }

    static <T> T get(String item, Producer<T> producer) throws ValidationException, DecodeException {
        try {
            return producer.get();
        } catch (ValidationException e) {
            throw wrap(item, e);
        }
    }

    private static ValidationException wrap(String item, ValidationException e) {
        String m = e.getMessage();
        int at = m.lastIndexOf(" (at offset 0x");
        String bare = at >= 0 && m.endsWith(")") ? m.substring(0, at) : m;
        return new ValidationException(item + ": " + bare, e.offset());
    }
}
