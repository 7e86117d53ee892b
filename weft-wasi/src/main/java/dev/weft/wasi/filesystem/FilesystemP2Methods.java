package dev.weft.wasi.filesystem;

import static dev.weft.wasi.WasiVals.one;
import static dev.weft.wasi.filesystem.FilesystemP2.op;

import dev.weft.error.Trap;
import dev.weft.runtime.HostResource;
import dev.weft.runtime.LinkerInstance;
import dev.weft.value.EnumVal;
import dev.weft.value.StringVal;
import dev.weft.value.Val;
import dev.weft.wasi.WasiVals;
import dev.weft.wasi.io.IoResources;
import java.util.List;

/** The {@code [method]descriptor.*} functions of {@code wasi:filesystem/types} 0.2. */
final class FilesystemP2Methods {
    private static final List<String> ADVICE = List.of("normal", "sequential", "random", "will-need", "dont-need",
            "no-reuse");

    private final LinkerInstance types;
    private final HostResource<Descriptor> descriptor;
    private final IoResources io;

    FilesystemP2Methods(LinkerInstance types, HostResource<Descriptor> descriptor, IoResources io) {
        this.types = types;
        this.descriptor = descriptor;
        this.io = io;
    }

    private Descriptor self(List<Val> a) throws Trap {
        return descriptor.get(a.get(0));
    }

    private static String str(List<Val> a, int i) throws Trap {
        return WasiVals.toStr(a.get(i));
    }

    private static boolean follow(List<Val> a, int i) throws Trap {
        return WasiVals.flag(a.get(i), "symlink-follow");
    }

    void define() {
        streams();
        op(types, "[method]descriptor.advise", a -> {
            self(a);
            if (!(a.get(3) instanceof EnumVal e) || !ADVICE.contains(e.caseName())) {
                throw new Trap("bad advice " + a.get(3));
            }
            return null;
        });
        op(types, "[method]descriptor.sync-data", a -> {
            self(a).sync(false);
            return null;
        });
        op(types, "[method]descriptor.sync", a -> {
            self(a).sync(true);
            return null;
        });
        op(types, "[method]descriptor.get-flags", a -> FsVals.flags(self(a).access()));
        op(types, "[method]descriptor.get-type", a -> FsVals.type(FileStat.of(self(a).path(), false).type()));
        op(types, "[method]descriptor.set-size", a -> {
            self(a).setSize(WasiVals.toLong(a.get(1)));
            return null;
        });
        op(types, "[method]descriptor.set-times", a -> {
            Descriptor d = self(a);
            if (d.readOnlyTree()) {
                throw new FsError(ErrorCode.NOT_PERMITTED, "read-only");
            }
            DirectoryOps.setTimes(d.path(), true, FsVals.newTimestamp(a.get(1)), FsVals.newTimestamp(a.get(2)));
            return null;
        });
        op(types, "[method]descriptor.read", a -> {
            Descriptor.ReadResult r = self(a).read(WasiVals.toLong(a.get(1)), WasiVals.toLong(a.get(2)));
            return WasiVals.tuple(WasiVals.bytes(r.data()), WasiVals.bool(r.end()));
        });
        op(types, "[method]descriptor.write",
                a -> WasiVals.u64(self(a).write(WasiVals.toBytes(a.get(1)), WasiVals.toLong(a.get(2)))));
        op(types, "[method]descriptor.create-directory-at", a -> {
            DirectoryOps.createDirectoryAt(self(a), str(a, 1));
            return null;
        });
        op(types, "[method]descriptor.stat", a -> FsVals.stat(FileStat.of(self(a).path(), false)));
        op(types, "[method]descriptor.stat-at",
                a -> FsVals.stat(DirectoryOps.statAt(self(a), str(a, 2), follow(a, 1))));
        op(types, "[method]descriptor.set-times-at", a -> {
            DirectoryOps.setTimesAt(self(a), str(a, 2), follow(a, 1), FsVals.newTimestamp(a.get(3)),
                    FsVals.newTimestamp(a.get(4)));
            return null;
        });
        op(types, "[method]descriptor.link-at", a -> {
            DirectoryOps.linkAt(self(a), str(a, 2), follow(a, 1), descriptor.get(a.get(3)), str(a, 4));
            return null;
        });
        op(types, "[method]descriptor.open-at", a -> {
            Val o = a.get(3);
            var request = new OpenRequest(follow(a, 1), WasiVals.flag(o, "create"), WasiVals.flag(o, "directory"),
                    WasiVals.flag(o, "exclusive"), WasiVals.flag(o, "truncate"), FsVals.access(a.get(4)));
            return descriptor.own(DirectoryOps.openAt(self(a), str(a, 2), request));
        });
        op(types, "[method]descriptor.readlink-at", a -> new StringVal(DirectoryOps.readlinkAt(self(a), str(a, 1))));
        op(types, "[method]descriptor.remove-directory-at", a -> {
            DirectoryOps.removeDirectoryAt(self(a), str(a, 1));
            return null;
        });
        op(types, "[method]descriptor.rename-at", a -> {
            DirectoryOps.renameAt(self(a), str(a, 1), descriptor.get(a.get(2)), str(a, 3));
            return null;
        });
        op(types, "[method]descriptor.symlink-at", a -> {
            DirectoryOps.symlinkAt(self(a), str(a, 1), str(a, 2));
            return null;
        });
        op(types, "[method]descriptor.unlink-file-at", a -> {
            DirectoryOps.unlinkFileAt(self(a), str(a, 1));
            return null;
        });
        types.function("[method]descriptor.is-same-object", a -> {
            try {
                FileStat x = FileStat.of(self(a).path(), false);
                FileStat y = FileStat.of(descriptor.get(a.get(1)).path(), false);
                return one(WasiVals.bool(x.device() == y.device() && x.inode() == y.inode()));
            } catch (FsError e) {
                return one(WasiVals.bool(false));
            }
        });
        op(types, "[method]descriptor.metadata-hash", a -> FsVals.hash(FileStat.of(self(a).path(), false)));
        op(types, "[method]descriptor.metadata-hash-at",
                a -> FsVals.hash(DirectoryOps.statAt(self(a), str(a, 2), follow(a, 1))));
    }

    private void streams() {
        op(types, "[method]descriptor.read-via-stream", a -> {
            Descriptor d = self(a);
            d.readable();
            return io.inputStream().own(FileStreams.reader(d, WasiVals.toLong(a.get(1))));
        });
        op(types, "[method]descriptor.write-via-stream", a -> {
            Descriptor d = self(a);
            d.writable();
            return io.outputStream().own(FileStreams.writer(d, WasiVals.toLong(a.get(1)), false));
        });
        op(types, "[method]descriptor.append-via-stream", a -> {
            Descriptor d = self(a);
            d.writable();
            return io.outputStream().own(FileStreams.writer(d, 0, true));
        });
    }
}
