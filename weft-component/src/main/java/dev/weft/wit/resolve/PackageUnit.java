package dev.weft.wit.resolve;

import dev.weft.wit.syntax.PackageRef;
import dev.weft.wit.syntax.Source;
import dev.weft.wit.syntax.TopItem;
import java.util.ArrayList;
import java.util.List;

/**
 * The unresolved contents of one package: the parts of files (a whole file, or a {@code package a:b { ... }}
 * block) that belong to it. Each part has its own top-level {@code use} scope.
 */
final class PackageUnit {
    final PackageName name;
    final PackageRef declaration;
    final List<Part> parts = new ArrayList<>();
    String docs = "";

    PackageUnit(PackageName name, PackageRef declaration) {
        this.name = name;
        this.declaration = declaration;
    }

    record Part(Source source, List<TopItem.Use> uses, List<TopItem> items) {
        Part {
            uses = List.copyOf(uses);
            items = List.copyOf(items);
        }
    }

    static PackageName nameOf(PackageRef ref) {
        return new PackageName(ref.namespace().name(), ref.name().name(), ref.version());
    }
}
