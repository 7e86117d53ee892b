package dev.weft.app.keyvalue;

import dev.weft.testkit.GuestThread;
import dev.weft.app.config.ConfigHost;
import dev.weft.component.Component;
import dev.weft.runtime.ComponentInstance;
import dev.weft.runtime.Engine;
import dev.weft.runtime.Linker;
import dev.weft.testkit.Fixtures;
import dev.weft.value.ListVal;
import dev.weft.value.StringVal;
import dev.weft.value.TupleVal;
import dev.weft.value.Val;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The componentize-js fixture {@code js-kv-config} (fixtures/js/kv-config): its {@code test:kv-config/api} calls
 * {@code wasi:keyvalue@0.2.0-draft2} and {@code wasi:config}, linked to the hosts under test.
 */
final class KvComponent implements AutoCloseable {
    static final String NAME = "js-kv-config";
    private static Component component;
    private static final Engine ENGINE = Engine.create();

    private final GuestThread guest = new GuestThread();
    private final ComponentInstance api;

    KvComponent(KeyValueStores stores, Set<String> allowed, Map<String, String> config) throws Exception {
        Linker linker = new Linker();
        KeyValueHost.addToLinker(linker, stores, allowed);
        ConfigHost.addToLinker(linker, config);
        var pre = linker.prepare(ENGINE, component());
        api = guest.run(pre::instantiate).instance("test:kv-config/api").orElseThrow();
    }

    static synchronized Component component() throws Exception {
        if (component == null) {
            component = Component.decode(Fixtures.componentBytes(NAME));
        }
        return component;
    }

    Val call(String function, Val... args) throws Exception {
        var f = api.function(function).orElseThrow(() -> new AssertionError("no export " + function));
        return guest.run(() -> f.invoke(args).orElseThrow());
    }

    static Val s(String v) {
        return new StringVal(v);
    }

    static Val strings(String... vs) {
        List<Val> out = new ArrayList<>();
        for (String v : vs) {
            out.add(s(v));
        }
        return new ListVal(out);
    }

    static Val pair(String k, Val v) {
        return new TupleVal(List.of(s(k), v));
    }

    static Val list(Val... vs) {
        return new ListVal(List.of(vs));
    }

    static final Val OK = Val.ok(null);

    static Val ok(Val v) {
        return Val.ok(v);
    }

    static Val err(String message) {
        return Val.err(s(message));
    }

    @Override
    public void close() {
        guest.close();
    }
}
