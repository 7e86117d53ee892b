package dev.weft.bindings;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A WIT {@code result<T, E>}: {@link Ok} or {@link Err}. A side without a type ({@code result<_, E>},
 * {@code result<T>}, {@code result}) is typed {@link Void} and holds {@code null}.
 *
 * @param <T> the ok payload
 * @param <E> the error payload
 */
public sealed interface Result<T, E> {
    /** The ok case. */
    record Ok<T, E>(T value) implements Result<T, E> {
    }

    /** The error case. */
    record Err<T, E>(E error) implements Result<T, E> {
    }

    static <T, E> Result<T, E> ok(T value) {
        return new Ok<>(value);
    }

    static <T, E> Result<T, E> err(E error) {
        return new Err<>(error);
    }

    default boolean isOk() {
        return this instanceof Ok<T, E>;
    }

    /** The ok payload, empty for an error (or for an ok without payload). */
    default Optional<T> ok() {
        return this instanceof Ok<T, E>(T value) ? Optional.ofNullable(value) : Optional.empty();
    }

    /** The error payload, empty for ok (or for an error without payload). */
    default Optional<E> err() {
        return this instanceof Err<T, E>(E error) ? Optional.ofNullable(error) : Optional.empty();
    }

    /** The ok payload, or throws {@link ResultException} carrying the error payload. */
    default T orElseThrow() {
        return switch (this) {
            case Ok<T, E>(T value) -> value;
            case Err<T, E>(E error) -> throw new ResultException(error);
        };
    }

    default <U> Result<U, E> map(Function<? super T, ? extends U> f) {
        Objects.requireNonNull(f);
        return switch (this) {
            case Ok<T, E>(T value) -> new Ok<>(f.apply(value));
            case Err<T, E>(E error) -> new Err<>(error);
        };
    }
}
