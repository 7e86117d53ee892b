package dev.weft.app.keyvalue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;

/**
 * The embedded key-value file of one application ({@code .weft/keyvalue.mv.db}, an H2 MVStore): one map per store
 * label. A file is opened by one process at a time (MVStore locks it); every write is committed before it returns.
 */
public final class EmbeddedKeyValueFile implements AutoCloseable {
    /** The file name inside the app's state folder. */
    public static final String FILE_NAME = "keyvalue.mv.db";

    private final Path file;
    private final MVStore store;

    private EmbeddedKeyValueFile(Path file, MVStore store) {
        this.file = file;
        this.store = store;
    }

    /** Opens (creating if needed) {@code stateDir/keyvalue.mv.db}. */
    public static EmbeddedKeyValueFile open(Path stateDir) throws KeyValueException {
        Path file = stateDir.resolve(FILE_NAME);
        try {
            Files.createDirectories(stateDir);
            return new EmbeddedKeyValueFile(file, new MVStore.Builder().fileName(file.toString()).autoCommitDisabled()
                    .open());
        } catch (IOException | MVStoreException e) {
            throw new KeyValueException("cannot open the key-value file " + file + ": " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    /** The store {@code label} in this file. */
    public KeyValueBackend backend(String label, int pageSize) {
        MVMap<String, byte[]> map = store.openMap("kv:" + label);
        return new EmbeddedBackend(this, map, pageSize);
    }

    void commit() throws KeyValueException {
        try {
            store.commit();
        } catch (MVStoreException e) {
            throw new KeyValueException("cannot write the key-value file " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (!store.isClosed()) {
            store.close();
        }
    }
}
