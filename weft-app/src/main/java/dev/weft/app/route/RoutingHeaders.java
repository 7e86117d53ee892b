package dev.weft.app.route;

import dev.weft.wasi.http.HttpField;
import dev.weft.wasi.http.IncomingHttpRequest;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The headers an HTTP component receives about its routing, as Spin's: each is sent as {@code weft-*} and as the
 * {@code spin-*} alias, e.g. {@code weft-path-info} and {@code spin-path-info}. Any such header the client sent is
 * removed first, so a client cannot forge them.
 */
public final class RoutingHeaders {
    /** The header names without prefix, in the order they are added. */
    public static final List<String> NAMES = List.of("full-url", "path-info", "matched-route", "base-path",
            "raw-component-route", "component-route", "client-addr");
    private static final List<String> PREFIXES = List.of("weft-", "spin-");

    private RoutingHeaders() {
    }

    /**
     * The routing headers for one request.
     *
     * @param scheme {@code http} or {@code https}
     * @param authority the request's Host
     * @param pathWithQuery the request target, e.g. {@code /foo/bar?x=1}
     */
    public static List<HttpField> compute(RouteMatch match, String scheme, String authority, String pathWithQuery,
            InetSocketAddress client) {
        String clientAddr = client.getAddress() == null ? client.getHostString() + ":" + client.getPort()
                : (client.getAddress() instanceof java.net.Inet6Address
                        ? "[" + client.getAddress().getHostAddress() + "]" : client.getAddress().getHostAddress())
                        + ":" + client.getPort();
        List<String> values = List.of(scheme + "://" + authority + pathWithQuery, match.pathInfo(),
                match.based().raw(), match.base(), match.raw().raw(), match.raw().withoutWildcard(), clientAddr);
        List<HttpField> out = new ArrayList<>();
        for (String prefix : PREFIXES) {
            for (int i = 0; i < NAMES.size(); i++) {
                out.add(HttpField.of(prefix + NAMES.get(i), values.get(i)));
            }
            match.params().forEach((name, value) -> out.add(
                    HttpField.of(prefix + "path-match-" + name.toLowerCase(Locale.ROOT), value)));
        }
        return out;
    }

    /** {@code request} with client-sent {@code weft-*}/{@code spin-*} routing headers replaced by the real ones. */
    public static IncomingHttpRequest apply(IncomingHttpRequest request, RouteMatch match, InetSocketAddress client) {
        List<HttpField> headers = new ArrayList<>();
        for (HttpField f : request.headers()) {
            if (!isRoutingHeader(f.name())) {
                headers.add(f);
            }
        }
        headers.addAll(compute(match, request.scheme(), request.authority(), request.pathWithQuery(), client));
        return new IncomingHttpRequest(request.method(), request.scheme(), request.authority(),
                request.pathWithQuery(), headers, request.body(), request.trailers());
    }

    static boolean isRoutingHeader(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (String prefix : PREFIXES) {
            if (n.startsWith(prefix) && (NAMES.contains(n.substring(prefix.length()))
                    || n.startsWith(prefix + "path-match-"))) {
                return true;
            }
        }
        return false;
    }
}
