package dev.weft.app.route;

import java.util.Map;

/**
 * The route a request matched.
 *
 * @param component the component id serving it
 * @param raw the route as written in the manifest
 * @param based the route under the base path
 * @param base the application's base path
 * @param pathInfo the path below a wildcard route's prefix ({@code /bar} for {@code /foo/...} and {@code /foo/bar});
 *                 empty for an exact route
 * @param params the {@code :name} segments captured
 */
public record RouteMatch(String component, RoutePattern raw, RoutePattern based, String base, String pathInfo,
        Map<String, String> params) {
    public RouteMatch {
        params = Map.copyOf(params);
    }
}
