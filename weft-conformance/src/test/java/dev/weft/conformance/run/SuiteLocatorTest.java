package dev.weft.conformance.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuiteLocatorTest {

    @Test
    void filtersBySuiteFolderFileOrTrailingPath(@TempDir Path root) throws Exception {
        for (String id : List.of("component-model/values/strings.wast", "component-model/values/numerics.wast",
                "component-model/binary/binary.wast", "wasmtime-component-model/strings.wast",
                "wasmtime-component-model/async/futures.wast", "unrelated/x.wast")) {
            Files.createDirectories(root.resolve(id).getParent());
            Files.writeString(root.resolve(id), "");
        }
        SuiteLocator locator = new SuiteLocator(root);
        assertEquals(5, ids(locator, "").size());
        assertEquals(List.of("component-model/binary/binary.wast", "component-model/values/numerics.wast",
                "component-model/values/strings.wast"), ids(locator, "component-model"));
        assertEquals(List.of("component-model/values/numerics.wast", "component-model/values/strings.wast"),
                ids(locator, "./component-model/values/"));
        assertEquals(List.of("component-model/values/strings.wast"), ids(locator, "values/strings.wast"));
        assertEquals(List.of("component-model/values/strings.wast", "wasmtime-component-model/strings.wast"),
                ids(locator, "strings.wast"));
        assertEquals(List.of("component-model/values/numerics.wast", "component-model/values/strings.wast"),
                ids(locator, "values"));
        assertEquals(List.of("wasmtime-component-model/async/futures.wast"), ids(locator, "async"));
        assertEquals(List.of(), ids(locator, "component"));
        assertEquals(List.of(), ids(locator, "trings.wast"));
    }

    @Test
    void pathsIntoTheRootBecomeFilters(@TempDir Path root) throws Exception {
        Path file = root.resolve("component-model/values/strings.wast");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "");
        SuiteLocator locator = new SuiteLocator(root);
        assertEquals("component-model/values/strings.wast", locator.filterFor(file.toString()));
        assertEquals("component-model/values", locator.filterFor(file.getParent().toString()));
        assertEquals("values", locator.filterFor("values"));
        assertEquals("", locator.filterFor(""));
        assertEquals(List.of("component-model/values/strings.wast"),
                ids(locator, locator.filterFor(file.getParent().toString())));
    }

    @Test
    void readsNyiLists(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("component-model"));
        Files.writeString(root.resolve("component-model/nyi.txt"), "# See README.md\n./validation/x.wast\n\n./async/y.wast\n");
        assertEquals(Set.of("component-model/validation/x.wast", "component-model/async/y.wast"),
                new SuiteLocator(root).notYetImplemented());
    }

    private static List<String> ids(SuiteLocator locator, String filter) throws Exception {
        return locator.scripts(filter).stream().map(ScriptFile::id).toList();
    }
}
