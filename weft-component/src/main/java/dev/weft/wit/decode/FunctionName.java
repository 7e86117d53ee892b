package dev.weft.wit.decode;

import dev.weft.wit.resolve.Function;
import java.util.Optional;

/** Splits a component function name like {@code [method]r.m} into kind, resource and item name. */
record FunctionName(Function.Kind kind, Optional<String> resource, String name, boolean asyncPrefix) {

    static FunctionName parse(String externName) {
        String n = externName;
        boolean async = false;
        if (n.startsWith("[async]")) {
            return new FunctionName(Function.Kind.FREESTANDING, Optional.empty(), n.substring(7), true);
        }
        if (n.startsWith("[async method]")) {
            n = "[method]" + n.substring(14);
            async = true;
        } else if (n.startsWith("[async static]")) {
            n = "[static]" + n.substring(14);
            async = true;
        }
        if (n.startsWith("[constructor]")) {
            String r = n.substring(13);
            return new FunctionName(Function.Kind.CONSTRUCTOR, Optional.of(r), r, async);
        }
        for (String prefix : new String[] {"[method]", "[static]"}) {
            if (n.startsWith(prefix)) {
                String rest = n.substring(prefix.length());
                int dot = rest.indexOf('.');
                if (dot > 0) {
                    Function.Kind kind = prefix.equals("[method]") ? Function.Kind.METHOD : Function.Kind.STATIC;
                    return new FunctionName(kind, Optional.of(rest.substring(0, dot)), rest.substring(dot + 1), async);
                }
            }
        }
        return new FunctionName(Function.Kind.FREESTANDING, Optional.empty(), n, async);
    }
}
