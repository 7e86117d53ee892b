package dev.weft.app.route;

import dev.weft.app.PatternException;
import dev.weft.app.manifest.AppManifest;
import dev.weft.app.manifest.HttpTriggerSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Picks the component for a request path: of the routes that match, the most specific (see
 * {@link RoutePattern}): an exact route beats a wildcard, a longer literal prefix beats a shorter one,
 * a literal segment beats a {@code :param}.
 */
public final class Router {
    /** One route: the pattern as written, the pattern under the base path, and the component it serves. */
    public record Route(RoutePattern raw, RoutePattern based, String component) {
    }

    private final String base;
    private final List<Route> routes;

    private Router(String base, List<Route> routes) {
        this.base = base;
        this.routes = List.copyOf(routes);
    }

    /** A router for {@code (route, component)} pairs under {@code base}; duplicate routes are refused. */
    public static Router build(String base, List<Map.Entry<String, String>> routeToComponent) throws PatternException {
        List<Route> routes = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (var e : routeToComponent) {
            RoutePattern raw = RoutePattern.parse(e.getKey());
            RoutePattern based = raw.under(base);
            String previous = seen.putIfAbsent(based.canonical(), e.getValue());
            if (previous != null) {
                throw new PatternException("route " + e.getKey() + " of component '" + e.getValue()
                        + "' duplicates the route of component '" + previous + "'");
            }
            routes.add(new Route(raw, based, e.getValue()));
        }
        routes.sort(Comparator.comparing(Route::based, (a, b) -> b.compareSpecificity(a)));
        return new Router(base, routes);
    }

    /** The router of a manifest's {@code [[trigger.http]]} routes (private triggers get no route). */
    public static Router of(AppManifest manifest) throws PatternException {
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        for (HttpTriggerSpec t : manifest.httpTriggers()) {
            t.route().ifPresent(r -> pairs.add(Map.entry(r, t.component())));
        }
        return build(manifest.httpBase(), pairs);
    }

    public String base() {
        return base;
    }

    /** Routes from most to least specific. */
    public List<Route> routes() {
        return routes;
    }

    /** The most specific route matching {@code pathWithQuery} (the query is ignored), if any. */
    public Optional<RouteMatch> route(String pathWithQuery) {
        int q = pathWithQuery.indexOf('?');
        String path = q < 0 ? pathWithQuery : pathWithQuery.substring(0, q);
        for (Route r : routes) {
            var captures = r.based().match(path);
            if (captures.isPresent()) {
                return Optional.of(new RouteMatch(r.component(), r.raw(), r.based(), base,
                        captures.get().pathInfo(), captures.get().params()));
            }
        }
        return Optional.empty();
    }
}
