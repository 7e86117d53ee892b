package dev.weft.bindgen;

import dev.weft.wit.WitException;
import dev.weft.wit.resolve.Interface;
import dev.weft.wit.resolve.InterfaceRef;
import dev.weft.wit.resolve.PackageName;
import dev.weft.wit.resolve.TypeOwner;
import dev.weft.wit.resolve.WitModel;
import dev.weft.wit.resolve.WitResolver;
import dev.weft.wit.resolve.World;
import dev.weft.wit.resolve.WorldItem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Generates typed Java bindings for a WIT world: one class per exported interface (typed calls into the
 * component), one Java interface per imported interface (implemented by the host), and a world class
 * ({@code <World>World}) that links, checks and instantiates.
 *
 * <pre>{@code
 * List<Path> written = Bindgen.writeTo(new BindgenOptions(Path.of("src/main/wit"), Optional.of("plugin"),
 *         "com.acme.plugin"), Path.of("target/generated-sources/weft"));
 * }</pre>
 */
public final class Bindgen {
    private Bindgen() {
    }

    /** Reads and resolves the WIT, then generates the sources in memory. */
    public static List<GeneratedFile> generate(BindgenOptions options) throws BindgenException, IOException {
        WitResolver resolver = new WitResolver();
        try {
            PackageName root = Files.isDirectory(options.witPath()) ? resolver.addDirectory(options.witPath())
                    : resolver.addFile(options.witPath());
            WitModel model = resolver.resolve();
            World world = model.selectWorld(root, options.world());
            return generate(model, world, options.javaPackage());
        } catch (WitException e) {
            throw new BindgenException(e.getMessage(), e);
        }
    }

    /** Generates and writes the sources under {@code outputRoot} (package folders created); returns the files. */
    public static List<Path> writeTo(BindgenOptions options, Path outputRoot) throws BindgenException, IOException {
        List<Path> written = new ArrayList<>();
        for (GeneratedFile f : generate(options)) {
            Path target = outputRoot.resolve(f.relativePath());
            Files.createDirectories(target.getParent());
            if (!Files.isRegularFile(target) || !Files.readString(target, StandardCharsets.UTF_8).equals(f.content())) {
                Files.writeString(target, f.content(), StandardCharsets.UTF_8);
            }
            written.add(target);
        }
        return written;
    }

    /** Generates the sources for {@code world} of an already resolved model. */
    public static List<GeneratedFile> generate(WitModel model, World world, String javaPackage)
            throws BindgenException {
        String worldClass = JavaNames.pascal(world.name()) + "World";
        Map<TypeOwner, String> holders = new LinkedHashMap<>();
        Set<TypeOwner> exported = new HashSet<>();
        Map<WorldItem, Interface> imports = new LinkedHashMap<>();
        Map<WorldItem, Interface> exports = new LinkedHashMap<>();
        Set<String> used = new HashSet<>(Set.of(worldClass));
        holders.put(new TypeOwner.OfWorld(world.pkg(), world.name()), worldClass);
        for (WorldItem item : world.imports()) {
            interfaceOf(model, item).ifPresent(i -> {
                imports.put(item, i);
                holders.put(new TypeOwner.OfInterface(i.ref()), uniqueName(i.ref(), used));
            });
        }
        for (WorldItem item : world.exports()) {
            var iface = interfaceOf(model, item);
            if (iface.isPresent()) {
                TypeOwner owner = new TypeOwner.OfInterface(iface.get().ref());
                if (holders.containsKey(owner)) {
                    throw new BindgenException("interface `" + item.externName()
                            + "` is both imported and exported; the Java bindings do not support that yet");
                }
                exports.put(item, iface.get());
                holders.put(owner, uniqueName(iface.get().ref(), used));
                exported.add(owner);
            }
        }
        TypeMapper types = new TypeMapper(new TypeContext(model, holders, exported));
        String dir = javaPackage.replace('.', '/') + "/";
        List<GeneratedFile> files = new ArrayList<>();
        List<WorldWriter.Member> importMembers = new ArrayList<>();
        List<WorldWriter.Member> exportMembers = new ArrayList<>();
        ImportWriter importWriter = new ImportWriter(types);
        for (var e : imports.entrySet()) {
            String cls = holders.get(new TypeOwner.OfInterface(e.getValue().ref()));
            files.add(new GeneratedFile(dir + cls + ".java",
                    importWriter.write(javaPackage, cls, e.getKey().externName(), e.getValue())));
            importMembers.add(new WorldWriter.Member(cls, accessor(cls)));
        }
        ExportWriter exportWriter = new ExportWriter(types);
        for (var e : exports.entrySet()) {
            String cls = holders.get(new TypeOwner.OfInterface(e.getValue().ref()));
            files.add(new GeneratedFile(dir + cls + ".java",
                    exportWriter.write(javaPackage, cls, e.getKey().externName(), e.getValue())));
            exportMembers.add(new WorldWriter.Member(cls, accessor(cls)));
        }
        files.add(new GeneratedFile(dir + worldClass + ".java",
                new WorldWriter(types).write(javaPackage, worldClass, world, importMembers, exportMembers)));
        return files;
    }

    private static java.util.Optional<Interface> interfaceOf(WitModel model, WorldItem item)
            throws BindgenException {
        return switch (item) {
            case WorldItem.InterfaceItem i -> java.util.Optional.of(model.iface(i.iface()).orElseThrow(
                    () -> new BindgenException("interface `" + i.iface() + "` is not loaded")));
            case WorldItem.InlineInterface i -> java.util.Optional.of(i.iface());
            case WorldItem.FunctionItem f -> java.util.Optional.empty();
            case WorldItem.TypeItem t -> java.util.Optional.empty();
        };
    }

    /** A class name for an interface: its name in PascalCase, qualified by its package when that clashes. */
    private static String uniqueName(InterfaceRef ref, Set<String> used) {
        String base = switch (ref) {
            case InterfaceRef.Named n -> JavaNames.pascal(n.name());
            case InterfaceRef.Inline i -> JavaNames.pascal(i.item());
        };
        String name = base;
        if (used.contains(name)) {
            name = JavaNames.pascal(ref.pkg().namespace() + "-" + ref.pkg().name()) + base;
        }
        for (int n = 2; used.contains(name); n++) {
            name = base + n;
        }
        used.add(name);
        return name;
    }

    private static String accessor(String className) {
        String s = Character.toLowerCase(className.charAt(0)) + className.substring(1);
        return JavaNames.camel(s.replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT));
    }
}
