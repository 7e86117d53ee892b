package dev.weft.component.validate;

import dev.weft.error.ValidationException;

import java.util.ArrayList;
import java.util.List;

/** One index space: the resolved type of every item, in index order. */
final class IndexSpace<T> {
    private final String name;
    private final List<T> items = new ArrayList<>();

    IndexSpace(String name) {
        this.name = name;
    }

    int add(T item) {
        items.add(item);
        return items.size() - 1;
    }

    T get(long index, long offset) throws ValidationException {
        if (index < 0 || index >= items.size()) {
            throw new ValidationException("unknown " + name + " " + index + ": " + name + " index out of bounds (the index space has "
                    + items.size() + " entries)", offset);
        }
        return items.get((int) index);
    }

    int size() {
        return items.size();
    }

    List<T> items() {
        return List.copyOf(items);
    }
}
