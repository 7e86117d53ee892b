package dev.weft.wasi.filesystem;

import static dev.weft.wasi.WasiVals.one;

import dev.weft.error.Trap;
import dev.weft.runtime.HostResource;
import dev.weft.runtime.Linker;
import dev.weft.runtime.LinkerInstance;
import dev.weft.value.EnumVal;
import dev.weft.value.ListVal;
import dev.weft.value.StringVal;
import dev.weft.value.Val;
import dev.weft.wasi.WasiVals;
import dev.weft.wasi.io.IoResources;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** WASI 0.2 glue for {@code wasi:filesystem/types} and {@code wasi:filesystem/preopens}. */
public final class FilesystemP2 {
    private FilesystemP2() {
    }

    @FunctionalInterface
    interface FsOp {
        Val run(List<Val> args) throws FsError, Trap;
    }

    /** The entries left to hand out by a {@code directory-entry-stream}. */
    public static final class EntryStream {
        private final Iterator<DirectoryOps.DirectoryEntry> entries;

        EntryStream(List<DirectoryOps.DirectoryEntry> entries) {
            this.entries = entries.iterator();
        }
    }

    public static void define(Linker linker, String version, IoResources io, List<Preopen> preopens) {
        var descriptor = HostResource.of("descriptor", Descriptor.class, Descriptor::close);
        var entryStream = HostResource.of("directory-entry-stream", EntryStream.class);
        LinkerInstance types = linker.instance("wasi:filesystem/types@" + version)
                .resource("descriptor", descriptor)
                .resource("directory-entry-stream", entryStream);
        new FilesystemP2Methods(types, descriptor, io).define();
        op(types, "[method]directory-entry-stream.read-directory-entry", a -> {
            EntryStream s = entryStream.get(a.get(0));
            if (!s.entries.hasNext()) {
                return WasiVals.none();
            }
            var e = s.entries.next();
            return WasiVals.some(WasiVals.record(WasiVals.field("type", FsVals.type(e.type())),
                    WasiVals.field("name", new StringVal(e.name()))));
        });
        op(types, "[method]descriptor.read-directory", a -> entryStream.own(
                new EntryStream(DirectoryOps.readDirectory(descriptor.get(a.get(0))))));
        types.function("filesystem-error-code", a -> one(io.error().get(a.get(0)).filesystemCode()
                .<Val>map(code -> WasiVals.some(new EnumVal(code))).orElse(WasiVals.none())));
        linker.instance("wasi:filesystem/preopens@" + version).function("get-directories", a -> {
            List<Val> out = new ArrayList<>();
            for (Preopen p : preopens) {
                if (Files.isDirectory(p.hostPath())) {
                    out.add(WasiVals.tuple(descriptor.own(Descriptor.preopen(p)), new StringVal(p.guestPath())));
                }
            }
            return one(new ListVal(out));
        });
    }

    /** A function returning {@code result<T, error-code>}; a null value means {@code ok} without payload. */
    static void op(LinkerInstance instance, String name, FsOp op) {
        instance.function(name, args -> {
            try {
                Val v = op.run(args);
                return one(v == null ? WasiVals.ok() : WasiVals.ok(v));
            } catch (FsError e) {
                return one(FsVals.error(e));
            }
        });
    }
}
