package dev.weft.conformance.run;

import dev.weft.error.WeftException;

/** What a call into a {@link ScriptSession} did: returned, threw a Weft error, declined, or crashed. */
sealed interface Attempt<T> {

    record Returned<T>(T value) implements Attempt<T> {
    }

    record Threw<T>(WeftException error) implements Attempt<T> {
    }

    record Declined<T>(String reason) implements Attempt<T> {
    }

    record Crashed<T>(Throwable crash) implements Attempt<T> {
    }

    @FunctionalInterface
    interface SessionCall<T> {
        T call() throws WeftException, NotSupportedException;
    }

    static <T> Attempt<T> of(SessionCall<T> call) {
        try {
            return new Returned<>(call.call());
        } catch (WeftException e) {
            return new Threw<>(e);
        } catch (NotSupportedException e) {
            return new Declined<>(e.getMessage());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return new Crashed<>(e);
        }
    }

    /** For session calls that return nothing. */
    @FunctionalInterface
    interface VoidCall {
        void call() throws WeftException, NotSupportedException;
    }

    static Attempt<Boolean> ofVoid(VoidCall call) {
        return of(() -> {
            call.call();
            return Boolean.TRUE;
        });
    }
}
