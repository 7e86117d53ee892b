package dev.weft.wasi.io;

import static dev.weft.wasi.WasiVals.NONE;
import static dev.weft.wasi.WasiVals.one;

import dev.weft.error.Trap;
import dev.weft.runtime.Linker;
import dev.weft.value.ListVal;
import dev.weft.value.StringVal;
import dev.weft.value.Val;
import dev.weft.wasi.WasiVals;
import java.util.ArrayList;
import java.util.List;

/** WASI 0.2 glue for {@code wasi:io/error}, {@code wasi:io/poll}; streams are in {@link StreamsP2}. */
public final class IoP2 {
    private IoP2() {
    }

    public static void define(Linker linker, String version, IoResources io) {
        linker.instance("wasi:io/error@" + version)
                .resource("error", io.error())
                .function("[method]error.to-debug-string",
                        args -> one(new StringVal(io.error().get(args.get(0)).debugString())));
        linker.instance("wasi:io/poll@" + version)
                .resource("pollable", io.pollable())
                .function("[method]pollable.ready", args -> one(WasiVals.bool(io.pollable().get(args.get(0)).ready())))
                .function("[method]pollable.block", args -> {
                    Poller.block(io.pollable().get(args.get(0)));
                    return NONE;
                })
                .function("poll", args -> one(poll(io, args.get(0))));
        StreamsP2.define(linker, version, io);
    }

    private static Val poll(IoResources io, Val list) throws Trap {
        if (!(list instanceof ListVal handles) || handles.elements().isEmpty()) {
            throw new Trap("wasi:io/poll.poll: the list of pollables must not be empty");
        }
        List<Pollable> pollables = new ArrayList<>();
        for (Val handle : handles.elements()) {
            pollables.add(io.pollable().get(handle));
        }
        List<Val> ready = new ArrayList<>();
        for (int index : Poller.poll(pollables)) {
            ready.add(WasiVals.u32(index));
        }
        return new ListVal(ready);
    }
}
