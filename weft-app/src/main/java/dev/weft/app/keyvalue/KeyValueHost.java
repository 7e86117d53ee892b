package dev.weft.app.keyvalue;

import static dev.weft.wasi.WasiVals.one;

import dev.weft.error.Trap;
import dev.weft.runtime.HostResource;
import dev.weft.runtime.Linker;
import dev.weft.runtime.LinkerInstance;
import dev.weft.value.ListVal;
import dev.weft.value.OptionVal;
import dev.weft.value.StringVal;
import dev.weft.value.Val;
import dev.weft.wasi.WasiVals;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Defines {@code wasi:keyvalue} {@code store}, {@code atomics} and {@code batch} in a {@link Linker}, at
 * {@code 0.2.0-draft2} (Spin 3's: string cursors, signed increment, {@code cas}) and {@code 0.2.0-draft} (u64
 * cursors, unsigned increment, no {@code cas}). A component may {@code open} only the labels in {@code allowed}
 * (others: {@code access-denied}); an allowed label the app does not declare gives {@code no-such-store}.
 *
 * <pre>{@code
 * KeyValueHost.addToLinker(linker, KeyValueStores.of(manifest), Set.copyOf(component.keyValueStores()));
 * }</pre>
 */
public final class KeyValueHost {
    /** The {@code wasi:keyvalue} versions defined. */
    public enum Version {
        DRAFT("0.2.0-draft"), DRAFT2("0.2.0-draft2");

        private final String text;

        Version(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    /** An open bucket: its label and backend. */
    public record Bucket(String label, KeyValueBackend backend) {
    }

    /** A {@code cas} handle: the key and its value when the handle was made. */
    public record Cas(Bucket bucket, String key, Optional<byte[]> current) {
    }

    @FunctionalInterface
    private interface KvOp {
        Val run(List<Val> args) throws KeyValueException, Trap;
    }

    private final KeyValueStores stores;
    private final Set<String> allowed;

    private KeyValueHost(KeyValueStores stores, Set<String> allowed) {
        this.stores = stores;
        this.allowed = Set.copyOf(allowed);
    }

    /** Defines every version's interfaces. */
    public static void addToLinker(Linker linker, KeyValueStores stores, Set<String> allowed) {
        KeyValueHost host = new KeyValueHost(stores, allowed);
        for (Version v : Version.values()) {
            host.define(linker, v);
        }
    }

    private void define(Linker linker, Version version) {
        var bucket = HostResource.of("bucket", Bucket.class);
        LinkerInstance store = linker.instance("wasi:keyvalue/store@" + version.text()).resource("bucket", bucket);
        store.function("open", a -> one(open(WasiVals.toStr(a.get(0)), bucket)));
        op(store, "[method]bucket.get", a -> KeyValueVals.optionalBytes(
                bucket.get(a.get(0)).backend().get(WasiVals.toStr(a.get(1)))));
        op(store, "[method]bucket.set", a -> {
            bucket.get(a.get(0)).backend().set(WasiVals.toStr(a.get(1)), WasiVals.toBytes(a.get(2)));
            return null;
        });
        op(store, "[method]bucket.delete", a -> {
            bucket.get(a.get(0)).backend().delete(WasiVals.toStr(a.get(1)));
            return null;
        });
        op(store, "[method]bucket.exists", a -> WasiVals.bool(
                bucket.get(a.get(0)).backend().exists(WasiVals.toStr(a.get(1)))));
        op(store, "[method]bucket.list-keys", a -> listKeys(bucket.get(a.get(0)).backend(), a.get(1), version));

        LinkerInstance atomics = linker.instance("wasi:keyvalue/atomics@" + version.text());
        op(atomics, "increment", a -> {
            long delta = WasiVals.toLong(a.get(2));
            long next = bucket.get(a.get(0)).backend().increment(WasiVals.toStr(a.get(1)), delta);
            return switch (version) {
                case DRAFT -> WasiVals.u64(next);
                case DRAFT2 -> Val.s64(next);
            };
        });
        if (version == Version.DRAFT2) {
            new CasFunctions(atomics, bucket).define();
        }

        LinkerInstance batch = linker.instance("wasi:keyvalue/batch@" + version.text());
        op(batch, "get-many", a -> {
            List<String> keys = KeyValueVals.toStrings(a.get(1));
            List<Optional<byte[]>> values = bucket.get(a.get(0)).backend().getMany(keys);
            List<Val> out = new ArrayList<>();
            for (int i = 0; i < keys.size(); i++) {
                Val key = new StringVal(keys.get(i));
                Optional<byte[]> v = values.get(i);
                out.add(switch (version) {
                    case DRAFT2 -> WasiVals.tuple(key, KeyValueVals.optionalBytes(v));
                    case DRAFT -> v.map(b -> WasiVals.some(WasiVals.tuple(key, WasiVals.bytes(b))))
                            .orElseGet(WasiVals::none);
                });
            }
            return new ListVal(out);
        });
        op(batch, "set-many", a -> {
            bucket.get(a.get(0)).backend().setMany(KeyValueVals.toEntries(a.get(1)));
            return null;
        });
        op(batch, "delete-many", a -> {
            bucket.get(a.get(0)).backend().deleteMany(KeyValueVals.toStrings(a.get(1)));
            return null;
        });
    }

    private Val open(String label, HostResource<Bucket> bucket) {
        if (!allowed.contains(label)) {
            return KeyValueVals.accessDenied();
        }
        if (!stores.isDeclared(label)) {
            return KeyValueVals.noSuchStore();
        }
        try {
            return WasiVals.ok(bucket.own(new Bucket(label, stores.backend(label))));
        } catch (KeyValueException e) {
            return KeyValueVals.other(e.getMessage());
        }
    }

    private static Val listKeys(KeyValueBackend backend, Val cursorArg, Version version)
            throws KeyValueException, Trap {
        Optional<Val> cursor = ((OptionVal) cursorArg).value();
        return switch (version) {
            case DRAFT2 -> {
                Optional<String> c = cursor.isPresent() ? Optional.of(WasiVals.toStr(cursor.get())) : Optional.empty();
                KeyPage page = backend.listKeys(c);
                yield WasiVals.record(WasiVals.field("keys", KeyValueVals.strings(page.keys())),
                        WasiVals.field("cursor", page.cursor().<Val>map(s -> WasiVals.some(new StringVal(s)))
                                .orElseGet(WasiVals::none)));
            }
            case DRAFT -> {
                // draft 1's cursor is a u64 that backends' cursors do not fit: hand out every key in one page
                if (cursor.isPresent()) {
                    throw new KeyValueException("list-keys: no cursor was handed out");
                }
                List<String> keys = new ArrayList<>();
                Optional<String> c = Optional.empty();
                do {
                    KeyPage page = backend.listKeys(c);
                    keys.addAll(page.keys());
                    c = page.cursor();
                } while (c.isPresent());
                yield WasiVals.record(WasiVals.field("keys", KeyValueVals.strings(keys)),
                        WasiVals.field("cursor", WasiVals.none()));
            }
        };
    }

    /** A function returning {@code result<T, error>}; a null value means {@code ok} without payload. */
    private static void op(LinkerInstance instance, String name, KvOp op) {
        instance.function(name, args -> {
            try {
                Val v = op.run(args);
                return one(v == null ? WasiVals.ok() : WasiVals.ok(v));
            } catch (KeyValueException e) {
                return one(KeyValueVals.other(e.getMessage()));
            }
        });
    }

    /** {@code atomics.cas} (draft2): {@code [static]cas.new}, {@code [method]cas.current} and {@code swap}. */
    private record CasFunctions(LinkerInstance atomics, HostResource<Bucket> bucket) {
        void define() {
            var cas = HostResource.of("cas", Cas.class);
            atomics.resource("cas", cas);
            op(atomics, "[static]cas.new", a -> {
                Bucket b = bucket.get(a.get(0));
                String key = WasiVals.toStr(a.get(1));
                return cas.own(new Cas(b, key, b.backend().get(key)));
            });
            op(atomics, "[method]cas.current", a -> KeyValueVals.optionalBytes(cas.get(a.get(0)).current()));
            atomics.function("swap", a -> {
                Cas c = cas.get(a.get(0));
                byte[] value = WasiVals.toBytes(a.get(1));
                try {
                    if (c.bucket().backend().compareAndSwap(c.key(), c.current(), value)) {
                        return one(WasiVals.ok());
                    }
                    Cas fresh = new Cas(c.bucket(), c.key(), c.bucket().backend().get(c.key()));
                    return one(WasiVals.err(new dev.weft.value.VariantVal("cas-failed", Optional.of(cas.own(fresh)))));
                } catch (KeyValueException e) {
                    return one(WasiVals.err(new dev.weft.value.VariantVal("store-error",
                            Optional.of(KeyValueVals.otherCase(e.getMessage())))));
                }
            });
        }
    }
}
