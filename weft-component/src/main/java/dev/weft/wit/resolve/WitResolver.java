package dev.weft.wit.resolve;

import dev.weft.wit.SourceLocation;
import dev.weft.wit.WitException;
import dev.weft.wit.syntax.PackageRef;
import dev.weft.wit.syntax.Source;
import dev.weft.wit.syntax.TopItem;
import dev.weft.wit.syntax.WitFile;
import dev.weft.wit.syntax.WitParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Collects WIT packages and resolves them together into a {@link WitModel}.
 *
 * <pre>{@code
 * WitResolver r = new WitResolver();
 * PackageName root = r.addDirectory(Path.of("wit"));   // wit/*.wit plus wit/deps/**
 * WitModel model = r.resolve();
 * World w = model.world(root, "my-world").orElseThrow();
 * }</pre>
 *
 * Packages may be added in any order; they are resolved dependencies first. A package added twice under the
 * same name (e.g. the same dependency vendored twice) keeps its first copy.
 */
public final class WitResolver {
    private final Gates gates;
    private final Map<PackageName, PackageUnit> units = new LinkedHashMap<>();

    public WitResolver() {
        this(ResolveOptions.defaults());
    }

    public WitResolver(ResolveOptions options) {
        this.gates = new Gates(options);
    }

    /** Parses and adds one WIT text as a package (plus any nested {@code package a:b { }} blocks). */
    public PackageName addSource(String name, String text) throws WitException {
        return addFiles(List.of(WitParser.parse(name, text)));
    }

    public PackageName addFile(Path file) throws WitException, IOException {
        return addFiles(List.of(parse(file)));
    }

    /**
     * Adds a directory: all its {@code *.wit} files form one package; each entry of its {@code deps/} folder is a
     * dependency file or directory (directories may have their own {@code deps/}).
     */
    public PackageName addDirectory(Path dir) throws WitException, IOException {
        if (!Files.isDirectory(dir)) {
            throw new WitException(SourceLocation.of(dir.toString()), "not a directory");
        }
        Path deps = dir.resolve("deps");
        if (Files.isDirectory(deps)) {
            for (Path dep : sorted(deps)) {
                if (Files.isDirectory(dep)) {
                    addDirectory(dep);
                } else if (dep.getFileName().toString().endsWith(".wit")) {
                    addFile(dep);
                }
            }
        }
        List<WitFile> files = new ArrayList<>();
        for (Path p : sorted(dir)) {
            if (Files.isRegularFile(p) && p.getFileName().toString().endsWith(".wit")) {
                files.add(parse(p));
            }
        }
        if (files.isEmpty()) {
            throw new WitException(SourceLocation.of(dir.toString()), "no .wit files in directory");
        }
        return addFiles(files);
    }

    private static List<Path> sorted(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    private static WitFile parse(Path file) throws WitException, IOException {
        return WitParser.parse(new Source(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
    }

    /**
     * Adds parsed files that together form one package; at least one must declare it (all declarations must
     * agree). Returns the package's name, or for files that only hold nested packages, the first nested one.
     */
    public PackageName addFiles(List<WitFile> files) throws WitException {
        PackageRef decl = null;
        for (WitFile f : files) {
            if (f.pkg().isPresent()) {
                PackageRef ref = f.pkg().get();
                if (decl != null && !PackageUnit.nameOf(decl).equals(PackageUnit.nameOf(ref))) {
                    throw ref.span().error("package `" + ref + "` conflicts with package `" + decl
                            + "` declared in " + decl.span().source().name());
                }
                decl = decl == null ? ref : decl;
            }
        }
        List<PackageUnit> nested = new ArrayList<>();
        boolean anyTopLevel = false;
        for (WitFile f : files) {
            for (TopItem item : f.items()) {
                if (item instanceof TopItem.NestedPackage n) {
                    PackageUnit u = new PackageUnit(PackageUnit.nameOf(n.pkg()), n.pkg());
                    u.docs = n.docs();
                    u.parts.add(split(f.source(), n.items()));
                    nested.add(u);
                } else {
                    anyTopLevel = true;
                }
            }
        }
        nested.forEach(this::addUnit);
        if (decl == null) {
            if (anyTopLevel || nested.isEmpty()) {
                throw new WitException(files.isEmpty() ? SourceLocation.of("<none>")
                        : files.get(0).source().location(0), "no `package` declaration in this package's files");
            }
            return nested.get(0).name;
        }
        PackageUnit main = new PackageUnit(PackageUnit.nameOf(decl), decl);
        for (WitFile f : files) {
            main.parts.add(split(f.source(), f.items()));
            if (main.docs.isEmpty() && f.pkg().isPresent()) {
                main.docs = f.docs();
            }
        }
        addUnit(main);
        return main.name;
    }

    private static PackageUnit.Part split(Source source, List<TopItem> items) {
        List<TopItem.Use> uses = new ArrayList<>();
        List<TopItem> rest = new ArrayList<>();
        for (TopItem item : items) {
            switch (item) {
                case TopItem.Use u -> uses.add(u);
                case TopItem.NestedPackage n -> { }
                case TopItem.Interface i -> rest.add(i);
                case TopItem.World w -> rest.add(w);
            }
        }
        return new PackageUnit.Part(source, uses, rest);
    }

    private void addUnit(PackageUnit unit) {
        units.putIfAbsent(unit.name, unit);
    }

    /** The names of the packages added so far, in the order they were added. */
    public List<PackageName> packageNames() {
        return List.copyOf(units.keySet());
    }

    /** Resolves every added package. */
    public WitModel resolve() throws WitException {
        Registry registry = new Registry();
        List<PackageUnit> order = new ArrayList<>();
        Map<PackageName, List<PackageDeps.Dep>> deps = new HashMap<>();
        for (PackageUnit u : units.values()) {
            deps.put(u.name, PackageDeps.of(u, PackageResolver.declarations(u, gates), registry));
        }
        Set<PackageName> done = new HashSet<>();
        for (PackageUnit u : units.values()) {
            visit(u, Optional.empty(), deps, done, new HashSet<>(), order);
        }
        List<WitPackage> packages = new ArrayList<>();
        for (PackageUnit u : order) {
            packages.add(new PackageResolver(u, registry, gates).resolve());
        }
        return new WitModel(packages);
    }

    private void visit(PackageUnit u, Optional<PackageDeps.Dep> via, Map<PackageName, List<PackageDeps.Dep>> deps,
            Set<PackageName> done, Set<PackageName> visiting, List<PackageUnit> order) throws WitException {
        if (done.contains(u.name)) {
            return;
        }
        if (!visiting.add(u.name)) {
            throw via.orElseThrow().span().error("package `" + u.name + "` depends on itself (cycle among packages)");
        }
        for (PackageDeps.Dep d : deps.get(u.name)) {
            PackageUnit target = units.get(d.pkg());
            if (target == null) {
                throw d.span().error("package `" + d.pkg() + "` not found" + hint(d.pkg()));
            }
            visit(target, Optional.of(d), deps, done, visiting, order);
        }
        visiting.remove(u.name);
        done.add(u.name);
        order.add(u);
    }

    private String hint(PackageName missing) {
        List<String> others = units.keySet().stream()
                .filter(n -> n.namespace().equals(missing.namespace()) && n.name().equals(missing.name()))
                .map(PackageName::toString).toList();
        return others.isEmpty() ? "" : " (known versions: " + String.join(", ", others) + ")";
    }
}
