package dev.weft.bindgen.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.bindgen.it.hostresources.HostResourcesWorld;
import dev.weft.bindgen.it.hostresources.Store;
import dev.weft.component.Component;
import dev.weft.runtime.Engine;
import dev.weft.runtime.Linker;
import dev.weft.testkit.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A host-implemented resource through generated bindings, on fixtures/wat/host-resources: the guest gets an own
 * handle from a host function ({@code make}) and from the resource's constructor (implemented by the generated
 * {@code Store} interface's {@code newBlob}), calls a method on each, and drops both, which closes the Java
 * objects. Also covers a world-level import ({@code log}) and export ({@code run}).
 */
class HostResourcesBindingsTest {
    /** A Java blob; {@code close} is called when the guest drops its handle. */
    static final class JavaBlob implements Store.Blob {
        final byte[] data;
        boolean closed;

        JavaBlob(byte[] data) {
            this.data = data;
        }

        @Override
        public long size() {
            return data.length;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void guestCreatesUsesAndDropsHostResources() throws Exception {
        List<JavaBlob> blobs = new ArrayList<>();
        List<String> log = new ArrayList<>();
        Store store = new Store() {
            @Override
            public Store.Blob newBlob(byte[] data) {
                JavaBlob b = new JavaBlob(data);
                blobs.add(b);
                return b;
            }

            @Override
            public Store.Blob make(long n) {
                JavaBlob b = new JavaBlob(new byte[(int) n]);
                blobs.add(b);
                return b;
            }
        };
        Linker linker = new Linker();
        HostResourcesWorld.addToLinker(linker, store, log::add);
        Component component = Component.decode(Fixtures.componentBytes("host-resources"));
        HostResourcesWorld world = HostResourcesWorld.instantiate(
                HostResourcesWorld.prepare(Engine.builder().withoutDiskCache().build(), linker, component));

        assertEquals(8L, world.run(5));
        assertEquals(List.of("sizes 5 3"), log);
        assertEquals(2, blobs.size());
        assertEquals(5, blobs.get(0).data.length);
        assertArrayEquals("abc".getBytes(StandardCharsets.US_ASCII), blobs.get(1).data, "the constructor's list<u8>");
        assertTrue(blobs.get(0).closed && blobs.get(1).closed, "dropping the own handles closed both Java objects");
    }
}
