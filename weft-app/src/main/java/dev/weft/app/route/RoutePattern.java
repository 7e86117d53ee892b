package dev.weft.app.route;

import dev.weft.app.PatternException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An HTTP trigger route, Spin's syntax: {@code /exact/path}, {@code /prefix/...} (or {@code /prefix/*}: the prefix
 * and anything below it), {@code /users/:id} (a named segment); {@code /...} matches everything.
 *
 * @param raw the route as written
 * @param segments the segments before any trailing wildcard
 * @param wildcard whether the route ends with {@code /...}
 */
public record RoutePattern(String raw, List<Segment> segments, boolean wildcard) {
    /** One path segment of a pattern. */
    public sealed interface Segment {
        record Literal(String text) implements Segment {
        }

        record Param(String name) implements Segment {
        }
    }

    /** What a pattern captured from a path. */
    public record Captures(String pathInfo, Map<String, String> params) {
    }

    public RoutePattern {
        segments = List.copyOf(segments);
    }

    public static RoutePattern parse(String route) throws PatternException {
        if (!route.startsWith("/")) {
            throw new PatternException("route '" + route + "' must start with '/'");
        }
        String body = route;
        boolean wildcard = false;
        if (body.equals("/...") || body.equals("/*")) {
            return new RoutePattern(route, List.of(), true);
        }
        if (body.endsWith("/...") || body.endsWith("/*")) {
            wildcard = true;
            body = body.substring(0, body.lastIndexOf('/'));
        } else if (body.length() > 1 && body.endsWith("/")) {
            body = body.substring(0, body.length() - 1);
        }
        List<Segment> segments = new ArrayList<>();
        if (!body.equals("/")) {
            for (String s : body.substring(1).split("/", -1)) {
                if (s.isEmpty()) {
                    throw new PatternException("route '" + route + "' has an empty segment ('//')");
                }
                if (s.equals("...") || s.contains("*")) {
                    throw new PatternException("route '" + route + "': a wildcard may only end the route ('/...')");
                }
                if (s.startsWith(":")) {
                    String name = s.substring(1);
                    if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                        throw new PatternException("route '" + route + "': bad parameter name '" + s + "'");
                    }
                    segments.add(new Segment.Param(name));
                } else {
                    segments.add(new Segment.Literal(s));
                }
            }
        }
        return new RoutePattern(route, segments, wildcard);
    }

    /** The route with parameter names erased: two routes with the same canonical form are duplicates. */
    public String canonical() {
        StringBuilder out = new StringBuilder();
        for (Segment s : segments) {
            out.append('/').append(switch (s) {
                case Segment.Literal l -> l.text();
                case Segment.Param p -> ":";
            });
        }
        if (wildcard) {
            out.append("/...");
        }
        return out.isEmpty() ? "/" : out.toString();
    }

    /** The route without its trailing {@code /...} (Spin's {@code spin-component-route}). */
    public String withoutWildcard() {
        if (raw.endsWith("/...")) {
            String s = raw.substring(0, raw.length() - 4);
            return s;
        }
        if (raw.endsWith("/*")) {
            return raw.substring(0, raw.length() - 2);
        }
        return raw;
    }

    /** This pattern under a base path: base {@code /api} and route {@code /x/...} give {@code /api/x/...}. */
    public RoutePattern under(String base) throws PatternException {
        String b = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        return b.isEmpty() ? this : parse(b + raw);
    }

    /** Matches a path (without query); the path info is the part under a wildcard's prefix. */
    public Optional<Captures> match(String path) {
        String p = path.length() > 1 && path.endsWith("/") && !wildcard ? path.substring(0, path.length() - 1) : path;
        String[] parts = p.equals("/") || p.isEmpty() ? new String[0] : p.substring(1).split("/", -1);
        if (parts.length < segments.size() || (!wildcard && parts.length != segments.size())) {
            return Optional.empty();
        }
        Map<String, String> params = new LinkedHashMap<>();
        int prefixLength = 0;
        for (int i = 0; i < segments.size(); i++) {
            String part = parts[i];
            switch (segments.get(i)) {
                case Segment.Literal l -> {
                    if (!l.text().equals(part)) {
                        return Optional.empty();
                    }
                }
                case Segment.Param param -> {
                    if (part.isEmpty()) {
                        return Optional.empty();
                    }
                    params.put(param.name(), part);
                }
            }
            prefixLength += 1 + part.length();
        }
        String pathInfo = wildcard ? p.substring(Math.min(prefixLength, p.length())) : "";
        return Optional.of(new Captures(pathInfo, params));
    }

    /**
     * Orders by specificity: position by position, a literal segment beats a parameter, which beats the end of a
     * pattern; at the end, an exact route beats a wildcard. Positive when {@code this} is more specific.
     */
    int compareSpecificity(RoutePattern other) {
        int n = Math.max(segments.size(), other.segments.size());
        for (int i = 0; i <= n; i++) {
            int c = Integer.compare(rank(i), other.rank(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private int rank(int i) {
        if (i < segments.size()) {
            return switch (segments.get(i)) {
                case Segment.Literal l -> 3;
                case Segment.Param p -> 2;
            };
        }
        if (i == segments.size()) {
            return wildcard ? 0 : 1;
        }
        return -1;
    }

    @Override
    public String toString() {
        return raw;
    }
}
