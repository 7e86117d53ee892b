package dev.weft.app.manifest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the source line of a dotted TOML key ({@code component.api.source}, {@code trigger.http[1].route}) by
 * scanning table headers and {@code key =} lines; the TOML parser's tree carries no positions. Keys inside inline
 * tables or multi-line arrays resolve to the line of their enclosing key.
 */
final class KeyLocator {
    private static final String KEY = "(?:[A-Za-z0-9_-]+|\"[^\"]*\"|'[^']*')";
    private static final String DOTTED = KEY + "(?:\\s*\\.\\s*" + KEY + ")*";
    private static final Pattern ARRAY_TABLE = Pattern.compile("^\\s*\\[\\[\\s*(" + DOTTED + ")\\s*]]");
    private static final Pattern TABLE = Pattern.compile("^\\s*\\[\\s*(" + DOTTED + ")\\s*]");
    private static final Pattern ASSIGN = Pattern.compile("^\\s*(" + DOTTED + ")\\s*=");
    private static final Pattern SEGMENT = Pattern.compile(KEY);

    private final Map<String, Integer> lines = new HashMap<>();

    KeyLocator(String source) {
        Map<String, Integer> arrayCounts = new HashMap<>();
        String table = "";
        String[] all = source.split("\r?\n", -1);
        String openString = null;
        for (int i = 0; i < all.length; i++) {
            String line = all[i];
            if (openString != null) {
                if (line.contains(openString)) {
                    openString = null;
                }
                continue;
            }
            Matcher m;
            if ((m = ARRAY_TABLE.matcher(line)).find()) {
                String path = join(m.group(1));
                int index = arrayCounts.merge(path, 1, Integer::sum) - 1;
                table = path + "[" + index + "]";
                lines.putIfAbsent(path, i + 1);
                lines.put(table, i + 1);
            } else if ((m = TABLE.matcher(line)).find()) {
                table = withArrays(join(m.group(1)), arrayCounts);
                lines.putIfAbsent(table, i + 1);
            } else if ((m = ASSIGN.matcher(line)).find()) {
                String key = join(m.group(1));
                lines.putIfAbsent(table.isEmpty() ? key : table + "." + key, i + 1);
                String rest = line.substring(m.end());
                for (String quote : List.of("\"\"\"", "'''")) {
                    int at = rest.indexOf(quote);
                    if (at >= 0 && rest.indexOf(quote, at + 3) < 0) {
                        openString = quote;
                    }
                }
            }
        }
    }

    /** The line of {@code path}, or of its nearest located ancestor; 0 when nothing matches. */
    int lineOf(String path) {
        String p = path;
        while (!p.isEmpty()) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut < 0 ? "" : p.substring(0, cut);
        }
        return 0;
    }

    /** A header {@code [trigger.http.x]} under an array table refers to its latest element. */
    private static String withArrays(String path, Map<String, Integer> arrayCounts) {
        String[] parts = path.split("\\.");
        StringBuilder out = new StringBuilder();
        String prefix = "";
        for (String part : parts) {
            prefix = prefix.isEmpty() ? part : prefix + "." + part;
            out.append(out.isEmpty() ? "" : ".").append(part);
            Integer count = arrayCounts.get(prefix);
            if (count != null) {
                out.append('[').append(count - 1).append(']');
            }
        }
        return out.toString();
    }

    private static String join(String dotted) {
        List<String> parts = new ArrayList<>();
        Matcher m = SEGMENT.matcher(dotted);
        while (m.find()) {
            String s = m.group();
            if (s.length() >= 2 && (s.startsWith("\"") || s.startsWith("'"))) {
                s = s.substring(1, s.length() - 1);
            }
            parts.add(s);
        }
        return String.join(".", parts);
    }
}
