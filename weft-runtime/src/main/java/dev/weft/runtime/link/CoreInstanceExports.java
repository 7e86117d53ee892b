package dev.weft.runtime.link;

import dev.weft.runtime.engine.CoreInstance;
import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The exports of a live core instance as {@link CoreItem}s, made when asked for: an instantiation looks up the few
 * exports that aliases and the next modules' imports name instead of wrapping every export of every instance.
 * Read-only.
 */
final class CoreInstanceExports extends AbstractMap<String, CoreItem> {
    private final CoreInstance live;

    CoreInstanceExports(CoreInstance live) {
        this.live = live;
    }

    @Override
    public CoreItem get(Object name) {
        if (!(name instanceof String n)) {
            return null;
        }
        return live.export(n).<CoreItem>map(CoreItem.Engine::new).orElse(null);
    }

    @Override
    public boolean containsKey(Object name) {
        return get(name) != null;
    }

    @Override
    public Set<Entry<String, CoreItem>> entrySet() {
        Map<String, CoreItem> all = new LinkedHashMap<>();
        live.exports().forEach((name, extern) -> all.put(name, new CoreItem.Engine(extern)));
        return all.entrySet();
    }
}
