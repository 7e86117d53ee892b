package dev.weft.app.keyvalue;

import static dev.weft.app.keyvalue.KvComponent.OK;
import static dev.weft.app.keyvalue.KvComponent.ok;
import static dev.weft.app.keyvalue.KvComponent.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.app.manifest.KeyValueStoreSpec;
import dev.weft.value.Val;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded (H2 MVStore file) backend through the JS component, plus persistence across restarts. */
class EmbeddedKeyValueComponentTest extends KeyValueComponentContract {
    @TempDir
    Path state;

    @Override
    KeyValueStores newStores() {
        return new KeyValueStores(state, specs(KeyValueStoreSpec::embedded), PAGE_SIZE);
    }

    @Override
    int expectedMinimumPages(int keys) {
        return (keys + PAGE_SIZE - 1) / PAGE_SIZE;
    }

    @Test
    void dataSurvivesARestartOfTheHost(@TempDir Path appState) throws Exception {
        try (KeyValueStores first = new KeyValueStores(appState, specs(KeyValueStoreSpec::embedded), PAGE_SIZE);
                KvComponent app = new KvComponent(first, GRANTED, CONFIG)) {
            assertEquals(OK, app.call("put", s("default"), s("greeting"), s("hello")));
            assertEquals(ok(Val.s64(41)), app.call("incr", s("default"), s("visits"), Val.s64(41)));
            assertEquals(OK, app.call("put", s("paged"), s("p"), s("in another store")));
        }
        assertTrue(Files.size(appState.resolve(EmbeddedKeyValueFile.FILE_NAME)) > 0);
        try (KeyValueStores second = new KeyValueStores(appState, specs(KeyValueStoreSpec::embedded), PAGE_SIZE);
                KvComponent app = new KvComponent(second, GRANTED, CONFIG)) {
            assertEquals(ok(Val.some(s("hello"))), app.call("get", s("default"), s("greeting")));
            assertEquals(ok(Val.s64(42)), app.call("incr", s("default"), s("visits"), Val.s64(1)));
            assertEquals(ok(Val.none()), app.call("get", s("default"), s("p")), "stores are separate");
            assertEquals(ok(Val.some(s("in another store"))), app.call("get", s("paged"), s("p")));
        }
    }

    @Test
    void aSecondProcessCannotOpenTheSameFile(@TempDir Path appState) throws Exception {
        try (KeyValueStores first = new KeyValueStores(appState, specs(KeyValueStoreSpec::embedded), PAGE_SIZE)) {
            first.backend("default").set("k", new byte[] {1});
            KeyValueException e = assertThrows(KeyValueException.class, () -> EmbeddedKeyValueFile.open(appState));
            assertTrue(e.getMessage().contains(EmbeddedKeyValueFile.FILE_NAME), e.getMessage());
        }
    }
}
