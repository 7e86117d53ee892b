package dev.weft.app.keyvalue;

import java.util.List;
import java.util.Optional;

/** One page of {@code list-keys}: the keys and, when more remain, an opaque cursor for the next page. */
public record KeyPage(List<String> keys, Optional<String> cursor) {
    public KeyPage {
        keys = List.copyOf(keys);
    }
}
