package dev.weft.wit.syntax;

import java.util.List;
import java.util.Optional;

/** One parsed WIT file: an optional {@code package} declaration and its items. */
public record WitFile(Source source, String docs, Optional<PackageRef> pkg, List<TopItem> items) {
    public WitFile {
        items = List.copyOf(items);
    }
}
