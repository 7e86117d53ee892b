package dev.weft.error;

import java.util.List;

/**
 * An import is missing or has the wrong type ({@code assert_unlinkable}). When several imports fail,
 * {@link #problems()} names each one (the message joins them, the first one first).
 */
public final class LinkException extends WeftException {
    private final List<String> problems;

    public LinkException(String message) {
        super(message);
        this.problems = List.of(message);
    }

    public LinkException(String message, Throwable cause) {
        super(message, cause);
        this.problems = List.of(message);
    }

    /** One exception for every problem found, in the order of the component's imports. */
    public LinkException(List<String> problems) {
        super(join(problems));
        this.problems = List.copyOf(problems);
    }

    private static String join(List<String> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a link error needs at least one problem");
        }
        return problems.size() == 1 ? problems.get(0)
                : String.join("; ", problems) + " (" + problems.size() + " imports cannot be satisfied)";
    }

    /** Each unsatisfied or mistyped import, one message each naming the import and its type. */
    public List<String> problems() {
        return problems;
    }
}
