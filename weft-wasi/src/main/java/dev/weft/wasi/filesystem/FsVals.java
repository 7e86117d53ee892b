package dev.weft.wasi.filesystem;

import dev.weft.error.Trap;
import dev.weft.value.EnumVal;
import dev.weft.value.Val;
import dev.weft.value.VariantVal;
import dev.weft.wasi.WasiVals;
import dev.weft.wasi.clocks.ClocksP2;
import java.time.Instant;
import java.util.Optional;

/** Converts filesystem records to and from WASI 0.2 values. */
final class FsVals {
    private FsVals() {
    }

    static Val stat(FileStat s) {
        return WasiVals.record(WasiVals.field("type", type(s.type())),
                WasiVals.field("link-count", WasiVals.u64(s.linkCount())), WasiVals.field("size", WasiVals.u64(s.size())),
                WasiVals.field("data-access-timestamp", time(s.accessed())),
                WasiVals.field("data-modification-timestamp", time(s.modified())),
                WasiVals.field("status-change-timestamp", time(s.changed())));
    }

    static Val type(DescriptorType t) {
        return new EnumVal(t.witName());
    }

    private static Val time(Optional<Instant> t) {
        return t.map(i -> WasiVals.some(ClocksP2.datetime(i))).orElse(WasiVals.none());
    }

    static Val error(FsError e) {
        return WasiVals.err(new EnumVal(e.code().witName()));
    }

    static NewTimestamp newTimestamp(Val v) throws Trap {
        if (!(v instanceof VariantVal variant)) {
            throw new Trap("expected new-timestamp, got " + v);
        }
        return switch (variant.caseName()) {
            case "no-change" -> new NewTimestamp.NoChange();
            case "now" -> new NewTimestamp.Now();
            case "timestamp" -> {
                Val dt = variant.payload().orElseThrow(() -> new Trap("timestamp without datetime"));
                long seconds = WasiVals.toLong(WasiVals.fieldOf(dt, "seconds"));
                long nanos = WasiVals.toLong(WasiVals.fieldOf(dt, "nanoseconds"));
                yield new NewTimestamp.At(Instant.ofEpochSecond(seconds, nanos));
            }
            default -> throw new Trap("unknown new-timestamp case " + variant.caseName());
        };
    }

    static Descriptor.Access access(Val flags) throws Trap {
        return new Descriptor.Access(WasiVals.flag(flags, "read"), WasiVals.flag(flags, "write"),
                WasiVals.flag(flags, "mutate-directory"), WasiVals.flag(flags, "file-integrity-sync"),
                WasiVals.flag(flags, "data-integrity-sync"), WasiVals.flag(flags, "requested-write-sync"));
    }

    static Val flags(Descriptor.Access a) {
        java.util.List<String> set = new java.util.ArrayList<>();
        if (a.read()) {
            set.add("read");
        }
        if (a.write()) {
            set.add("write");
        }
        if (a.fileIntegritySync()) {
            set.add("file-integrity-sync");
        }
        if (a.dataIntegritySync()) {
            set.add("data-integrity-sync");
        }
        if (a.requestedWriteSync()) {
            set.add("requested-write-sync");
        }
        if (a.mutateDirectory()) {
            set.add("mutate-directory");
        }
        return new dev.weft.value.FlagsVal(set);
    }

    static Val hash(FileStat s) {
        long lower = s.inode() * 0x9E3779B97F4A7C15L ^ s.device();
        long upper = s.device() * 0xC2B2AE3D27D4EB4FL ^ s.inode();
        return WasiVals.record(WasiVals.field("lower", WasiVals.u64(lower)), WasiVals.field("upper", WasiVals.u64(upper)));
    }
}
