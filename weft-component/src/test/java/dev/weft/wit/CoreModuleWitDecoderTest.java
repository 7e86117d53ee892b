package dev.weft.wit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.wit.decode.CoreModuleWitDecoder;
import dev.weft.wit.decode.DecodedWorld;
import dev.weft.wit.resolve.Function;
import dev.weft.wit.resolve.Interface;
import dev.weft.wit.resolve.ResolveOptions;
import dev.weft.wit.resolve.TypeDef;
import dev.weft.wit.resolve.WitModel;
import dev.weft.wit.resolve.WitPackage;
import dev.weft.wit.resolve.WitResolver;
import dev.weft.wit.resolve.World;
import dev.weft.wit.resolve.WorldItem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The world embedded by {@code jco embed} in a core module's {@code component-type} section decodes to the
 * world and interfaces of the WIT it was made from (complete interfaces, unlike a component's imports, which
 * wit-component trims to what is used).
 */
class CoreModuleWitDecoderTest {

    static Set<String> names(List<WorldItem> items) {
        return items.stream().map(WorldItem::externName).collect(Collectors.toSet());
    }

    @TestFactory
    Stream<DynamicTest> embeddedWorldMatchesItsSource() throws Exception {
        return ComponentWitDecoderTest.componentDirs().stream().map(dir -> DynamicTest.dynamicTest(
                dir.getFileName().toString(), () -> {
                    WitResolver r = new WitResolver(ResolveOptions.defaults());
                    Path version = dir.resolve("wasi-version");
                    if (Files.exists(version)) {
                        try (Stream<Path> deps = Files.list(BuiltinWitRoundTripTest.BUILTIN
                                .resolve(Files.readString(version).strip()))) {
                            for (Path d : deps.sorted().toList()) {
                                r.addDirectory(d);
                            }
                        }
                    }
                    var root = r.addDirectory(dir);
                    WitModel source = r.resolve();
                    World srcWorld = source.selectWorld(root, Optional.of(Files.readString(dir.resolve("world-name")).strip()));
                    Path core = dir.resolveSibling(dir.getFileName() + ".core.wasm");
                    List<DecodedWorld> worlds = CoreModuleWitDecoder.decode(Files.readAllBytes(core));
                    assertEquals(1, worlds.size());
                    DecodedWorld d = worlds.get(0);
                    assertEquals(root, d.root());
                    assertEquals(srcWorld.name(), d.world().name());
                    assertEquals(names(srcWorld.imports()), names(d.world().imports()));
                    assertEquals(names(srcWorld.exports()), names(d.world().exports()));
                    for (WitPackage p : d.model().packages()) {
                        for (Interface i : p.interfaces()) {
                            Interface src = source.iface(i.ref()).orElseThrow();
                            // wit-parser stores types in dependency order, Weft in source order: compare by name
                            assertEquals(byName(src.types()), byName(i.types()), i.ref().toString());
                            assertEquals(src.allFunctions().stream().map(ComponentWitDecoderTest::bare).toList(),
                                    i.allFunctions().stream().map(ComponentWitDecoderTest::bare).toList(),
                                    i.ref().toString());
                        }
                    }
                }));
    }

    static java.util.Map<String, TypeDef> byName(List<TypeDef> types) {
        return types.stream().map(ComponentWitDecoderTest::bare)
                .collect(Collectors.toMap(TypeDef::name, t -> t));
    }

    @Test
    void moduleWithoutComponentTypeSectionHasNoWorlds() throws Exception {
        // a core module: magic, version, no sections
        byte[] empty = {0, 'a', 's', 'm', 1, 0, 0, 0};
        assertTrue(CoreModuleWitDecoder.decode(empty).isEmpty());
        WitException e = assertThrows(WitException.class, () -> CoreModuleWitDecoder.decode(new byte[] {1, 2, 3}));
        assertTrue(e.reason().startsWith("not a valid core module"), e.reason());
    }
}
